/* ossl.h - OpenSSL's libcrypto, loaded when first needed (internal to
 * libcore/sec).
 *
 * The apps do not link libcrypto: a v1/v2c or noAuthNoPriv request never
 * hashes or encrypts, and mapping and relocating the 4 MB library cost
 * about 0.45 ms and 1.6 MB of every start.  keys.c, auth.c and priv.c
 * instead call through the table below, which sk_ossl() fills once with
 * dlopen()/dlsym().  Each member has the type of OpenSSL's own prototype
 * (the headers are still used at compile time), so every call is checked
 * by the compiler exactly as a direct call would be. */
#ifndef SK_SEC_OSSL_H
#define SK_SEC_OSSL_H

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/opensslv.h>
#include <openssl/params.h>
#include <openssl/provider.h>

#include "base/err.h"

/* Every libcrypto function libcore calls, in one list so that the table
 * and the names looked up cannot drift apart.  A function missing here
 * is a compile error at its call site (no such member). */
#define SK_OSSL_FUNCS(X)                                                   \
    X(EVP_MAC_fetch) X(EVP_MAC_free) X(EVP_MAC_CTX_new)                    \
    X(EVP_MAC_CTX_free) X(EVP_MAC_init) X(EVP_MAC_update)                  \
    X(EVP_MAC_final) X(OSSL_PARAM_construct_utf8_string)                   \
    X(OSSL_PARAM_construct_end)                                            \
    X(OSSL_PROVIDER_load) X(EVP_CIPHER_fetch) X(EVP_des_ede3_cbc)          \
    X(EVP_aes_128_cfb128) X(EVP_aes_192_cfb128) X(EVP_aes_256_cfb128)      \
    X(EVP_CIPHER_CTX_new) X(EVP_CIPHER_CTX_free) X(EVP_CipherInit_ex2)     \
    X(EVP_CIPHER_CTX_set_padding) X(EVP_CipherUpdate)                      \
    X(EVP_CipherFinal_ex)                                                  \
    X(EVP_md5) X(EVP_sha1) X(EVP_sha224) X(EVP_sha256) X(EVP_sha384)       \
    X(EVP_sha512) X(EVP_MD_get_size) X(EVP_MD_CTX_new) X(EVP_MD_CTX_free)  \
    X(EVP_DigestInit_ex) X(EVP_DigestUpdate) X(EVP_DigestFinal_ex)         \
    X(EVP_Digest)

/* NOLINTNEXTLINE(bugprone-macro-parentheses): F is a declarator name */
#define SK_OSSL_MEMBER(f) __typeof__(f) *f;
struct sk_ossl {
    SK_OSSL_FUNCS(SK_OSSL_MEMBER)
};
#undef SK_OSSL_MEMBER

/* The loaded table, loading libcrypto on the first call.  NULL with ERR
 * set ("Generic error (cannot load libcrypto: ...)") when the library
 * or one of the functions is missing; later calls fail the same way
 * without trying again. */
const struct sk_ossl *sk_ossl(struct sk_error *err);

#endif
