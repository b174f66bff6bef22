/* keytool.c - test-only: print the keys libcore derives for
 *
 *     keytool AUTHPROTO PRIVPROTO PASSWORD ENGINEID-HEX
 *
 * line 1: the localized authentication key, line 2: the localized and
 * (for 3DES and AES-192/256) extended privacy key, both in lower-case
 * hex.  PASSWORD serves as both passphrases.  tests/cli/keys.bats diffs
 * this against pysnmp (tests/cli/helpers/pysnmp_keys.py). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/err.h"
#include "base/hex.h"
#include "sec/crypto.h"
#include "sec/sec.h"

static void print_hex(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        printf("%02x", p[i]);
    }
    putchar('\n');
}

static int fail(const char *what, const struct sk_error *err)
{
    char msg[256];

    sk_error_format(err, msg, sizeof msg);
    fprintf(stderr, "keytool: %s: %s\n", what, msg);
    return 1;
}

int main(int argc, char **argv)
{
    enum sk_auth_proto auth;
    enum sk_priv_proto priv;
    uint8_t engine[64], ku[SK_KEY_MAX], kul[SK_KEY_MAX], pk[SK_KEY_MAX];
    size_t kulen = 0, kullen = 0, pklen = 0;
    struct sk_error err;
    long idlen;

    if (argc != 5) {
        fprintf(stderr, "usage: keytool AUTH PRIV PASSWORD ENGINEID-HEX\n");
        return 2;
    }
    auth = sk_auth_proto_parse(argv[1]);
    priv = sk_priv_proto_parse(argv[2]);
    idlen = sk_hex_decode(argv[4], 0, engine, sizeof engine);
    if (auth == SK_AUTH_NONE || priv == SK_PRIV_NONE || idlen <= 0) {
        fprintf(stderr, "keytool: bad protocol or engine ID\n");
        return 2;
    }
    if (sk_keys_password_to_key(auth, argv[3], strlen(argv[3]), ku, &kulen,
                                &err) != 0) {
        return fail("password-to-key", &err);
    }
    if (sk_keys_localize(auth, ku, kulen, engine, (size_t)idlen, kul,
                         &kullen, &err) != 0) {
        return fail("localize", &err);
    }
    print_hex(kul, kullen);
    if (sk_keys_priv_key(auth, priv, ku, kulen, engine, (size_t)idlen, pk,
                         &pklen, &err) != 0) {
        return fail("privacy key", &err);
    }
    print_hex(pk, pklen);
    sk_crypto_wipe(ku, sizeof ku);
    sk_crypto_wipe(kul, sizeof kul);
    sk_crypto_wipe(pk, sizeof pk);
    return 0;
}
