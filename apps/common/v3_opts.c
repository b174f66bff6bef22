/* v3_opts.c - the SNMPv3 options and snmp.conf directives, decoded into
 * the sk_usm_cfg the session takes, with Net-SNMP's messages for bad
 * values (snmp_parse_args.c and snmpv3.c). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/cli.h"
#include "common/opts_int.h"

/* -e/-E: hex, 1..32 bytes.  Net-SNMP has two texts for the two ways to
 * get it wrong. */
static int engine_id(struct cli_parse_state *st, char letter,
                     const char *arg, uint8_t *buf, const uint8_t **out,
                     size_t *outlen)
{
    long n = sk_hex_decode(arg, 0, buf, 32);

    if (n < 0 && strlen(arg) <= 2 + 64)
        return cli_usage_error(st, "Bad engine ID value after -3%c flag.\n",
                           letter);
    if (n <= 0)
        return cli_usage_error(st, "Invalid engine ID value after -%c flag.\n",
                           letter);
    *out = buf;
    *outlen = (size_t)n;
    return CLI_CONTINUE;
}

/* -Z BOOTS,TIME */
static int boots_time(struct cli_parse_state *st, const char *arg)
{
    struct sk_usm_cfg *u = &st->o->v3.usm;
    char *end;
    unsigned long boots, tm;

    boots = strtoul(arg, &end, 10);
    if (end == arg)
        return cli_usage_error(st, "Need engine boots value after -3Z flag.\n");
    if (*end != ',')
        return cli_usage_error(st, "Need engine time after \"-Z engineBoot\".\n");
    arg = end + 1;
    tm = strtoul(arg, &end, 10);
    if (end == arg)
        return cli_usage_error(st, "Need engine time after \"-3Z engineBoot,\".\n");
    u->have_boots_time = 1;
    u->boots = (uint32_t)boots;
    u->time = (uint32_t)tm;
    return CLI_CONTINUE;
}

/* -3m -3M -3k -3K: a key in hex. */
static int key_option(struct cli_parse_state *st, char letter,
                      const char *arg)
{
    static const char letters[] = "mMkK";
    struct cli_v3 *v3 = &st->o->v3;
    int i = (int)(strchr(letters, letter) - letters);
    long n = sk_hex_decode(arg, 0, v3->keys[i], sizeof v3->keys[i]);
    const uint8_t **ptr[4] = { &v3->usm.auth_master, &v3->usm.priv_master,
                               &v3->usm.auth_local, &v3->usm.priv_local };
    size_t *len[4] = { &v3->usm.auth_master_len, &v3->usm.priv_master_len,
                       &v3->usm.auth_local_len, &v3->usm.priv_local_len };

    if (n < 0)
        return cli_usage_error(st, "Bad key value after -3%c flag.\n", letter);
    *ptr[i] = v3->keys[i];
    *len[i] = (size_t)n;
    return CLI_CONTINUE;
}

int cli_v3_option(struct cli_parse_state *st, char letter, const char *arg)
{
    struct cli_v3 *v3 = &st->o->v3;
    struct sk_usm_cfg *u = &v3->usm;

    switch (letter) {
    case 'a':
        u->auth = sk_auth_proto_parse(arg);
        v3->auth_set = true;
        if (u->auth == SK_AUTH_NONE)
            return cli_usage_error(st, "Invalid authentication protocol "
                               "specified after -3a flag: %s\n", arg);
        break;
    case 'x':
        u->priv = sk_priv_proto_parse(arg);
        v3->priv_set = true;
        if (u->priv == SK_PRIV_NONE)
            return cli_usage_error(st, "Invalid privacy protocol specified "
                               "after -3x flag: %s\n", arg);
        break;
    case 'l':
        u->level = (enum sk_sec_level)sk_sec_level_parse(arg);
        v3->level_set = true;
        if ((int)u->level == 0)
            return cli_usage_error(st, "Invalid security level specified "
                               "after -3l flag: %s\n", arg);
        break;
    case 'e':
        return engine_id(st, 'e', arg, v3->sec_engine, &u->sec_engine_id,
                         &u->sec_engine_id_len);
    case 'E':
        return engine_id(st, 'E', arg, v3->ctx_engine, &u->ctx_engine_id,
                         &u->ctx_engine_id_len);
    case 'Z': return boots_time(st, arg);
    case 'u': u->sec_name = cli_keep(st->o, arg); break;
    case 'A': u->auth_pass = cli_keep(st->o, arg); break;
    case 'X': u->priv_pass = cli_keep(st->o, arg); break;
    case 'n': u->context = cli_keep(st->o, arg); break;
    case 'm': case 'M': case 'k': case 'K':
        return key_option(st, letter, arg);
    default:
        return cli_usage_error(st, "Unknown SNMPv3 option passed to -3: %c.\n",
                           letter);
    }
    return CLI_CONTINUE;
}

/* def{Auth,Priv}{Master,Localized}Key: hex, for the -3m -3M -3k -3K
 * slot I when the command line left it empty.  1 if TOKEN is not one. */
static int key_directive(struct cli_opts *o, const char *token,
                         const char *value, struct sk_error *err)
{
    static const char *const names[4] = {
        "defAuthMasterKey", "defPrivMasterKey", "defAuthLocalizedKey",
        "defPrivLocalizedKey"
    };
    struct cli_v3 *v3 = &o->v3;
    struct sk_usm_cfg *u = &v3->usm;
    const uint8_t **ptr[4] = { &u->auth_master, &u->priv_master,
                               &u->auth_local, &u->priv_local };
    size_t *len[4] = { &u->auth_master_len, &u->priv_master_len,
                       &u->auth_local_len, &u->priv_local_len };
    int i;
    long n;

    for (i = 0; i < 4 && strcasecmp(token, names[i]) != 0; i++)
        ;
    if (i == 4)
        return 1;
    if (*ptr[i] != NULL)
        return 0;
    (void)err;
    n = sk_hex_decode(value, 0, v3->keys[i], sizeof v3->keys[i]);
    if (n < 0)
        return 0; /* Net-SNMP ignores a key it cannot read, silently */
    *ptr[i] = v3->keys[i];
    *len[i] = (size_t)n;
    return 0;
}

/* defSecurityName and friends fill only what the command line left. */
int cli_v3_directive(struct cli_opts *o, const char *token,
                     const char *value, struct sk_error *err)
{
    struct cli_v3 *v3 = &o->v3;
    struct sk_usm_cfg *u = &v3->usm;
    int rc = key_directive(o, token, value, err);

    if (rc != 1)
        return rc;
    if (strcasecmp(token, "defSecurityModel") == 0) {
        /* accepted; USM is the only model here (Net-SNMP also has TSM) */
    } else if (strcasecmp(token, "defSecurityName") == 0) {
        if (u->sec_name == NULL)
            u->sec_name = cli_keep(o, value);
    } else if (strcasecmp(token, "defContext") == 0) {
        if (u->context == NULL)
            u->context = cli_keep(o, value);
    } else if (strcasecmp(token, "defAuthPassphrase") == 0 ||
               strcasecmp(token, "defPassphrase") == 0) {
        if (u->auth_pass == NULL) {
            u->auth_pass = cli_keep(o, value);
            v3->auth_pass_conf = true;
        }
        if (token[3] == 'P' && u->priv_pass == NULL) {
            u->priv_pass = cli_keep(o, value);
            v3->priv_pass_conf = true;
        }
    } else if (strcasecmp(token, "defPrivPassphrase") == 0) {
        if (u->priv_pass == NULL) {
            u->priv_pass = cli_keep(o, value);
            v3->priv_pass_conf = true;
        }
    } else if (strcasecmp(token, "defSecurityLevel") == 0) {
        int l = sk_sec_level_parse(value);

        if (l == 0)
            return sk_error_set(err, SK_ERR_BAD_VALUE,
                                "Unknown security level: %s", value);
        if (!v3->level_set)
            u->level = (enum sk_sec_level)l;
    } else if (strcasecmp(token, "defAuthType") == 0) {
        enum sk_auth_proto a = sk_auth_proto_parse(value);

        if (a == SK_AUTH_NONE)
            return sk_error_set(err, SK_ERR_BAD_VALUE,
                                "Unknown authentication type");
        if (!v3->auth_set)
            u->auth = a;
    } else if (strcasecmp(token, "defPrivType") == 0) {
        enum sk_priv_proto p = sk_priv_proto_parse(value);

        if (p == SK_PRIV_NONE)
            return sk_error_set(err, SK_ERR_BAD_VALUE,
                                "Unknown privacy type");
        if (!v3->priv_set)
            u->priv = p;
    } else {
        return 1;
    }
    return 0;
}

/* Net-SNMP turns -A/-X into keys (RFC 3414 A.2) right after reading the
 * configuration, whatever the version, and stops on a passphrase shorter
 * than USM's minimum of 8.  The privacy key is made with the -a hash and
 * fails without one. */
static int check_passphrases(const struct cli_opts *o)
{
    static const char *const which[2] = { "authentication", "privacy" };
    const struct sk_usm_cfg *u = &o->v3.usm;
    const char *pass[2] = { u->auth_pass, u->priv_pass };
    const bool conf[2] = { o->v3.auth_pass_conf, o->v3.priv_pass_conf };
    int i;

    for (i = 0; i < 2; i++) {
        if (pass[i] == NULL || conf[i])
            continue;
        /* the privacy key needs a hash chosen by -a or implied by -A */
        if (i == 1 && !o->v3.auth_set && u->auth_pass == NULL) {
            fprintf(stderr, "%s: \n", o->prog);
        } else if (strlen(pass[i]) < 8) {
            fprintf(stderr, "Error: passphrase chosen is below the length "
                    "requirements of the USM (min=8).\n%s:  (The supplied "
                    "password length is too short.)\n", o->prog);
        } else {
            continue;
        }
        fprintf(stderr, "Error generating a key (Ku) from the supplied %s "
                "pass phrase. \n", which[i]);
        return 1;
    }
    return CLI_CONTINUE;
}

int cli_v3_finish(struct cli_opts *o)
{
    struct sk_usm_cfg *u = &o->v3.usm;

    if (check_passphrases(o) != CLI_CONTINUE)
        return 1;
    /* MD5 is Net-SNMP's default authentication protocol */
    if (u->auth == SK_AUTH_NONE)
        u->auth = SK_AUTH_MD5;
    if (u->priv == SK_PRIV_NONE)
        u->priv = SK_PRIV_DES;
    if ((int)u->level == 0)
        u->level = SK_SEC_NOAUTH;
    if (u->context == NULL)
        u->context = "";
    return CLI_CONTINUE;
}

/* Net-SNMP makes keys from snmp.conf pass phrases only when it sets up
 * the v3 session, and words the failure differently. */
int cli_v3_check_conf_passphrases(const struct cli_opts *o)
{
    static const char *const which[2] = { "authentication", "privacy" };
    const struct sk_usm_cfg *u = &o->v3.usm;
    const char *pass[2] = { u->auth_pass, u->priv_pass };
    const bool conf[2] = { o->v3.auth_pass_conf, o->v3.priv_pass_conf };
    int i;

    for (i = 0; i < 2; i++) {
        if (!conf[i] || strlen(pass[i]) >= 8)
            continue;
        fprintf(stderr, "Error: passphrase chosen is below the length "
                "requirements of the USM (min=8).\n%s: Generic error "
                "(Error generating a key (Ku) from the supplied %s pass "
                "phrase.)\n", o->prog, which[i]);
        return -1;
    }
    return 0;
}
