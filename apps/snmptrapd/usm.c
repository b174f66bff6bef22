/* usm.c - snmptrapd's SNMPv3 configuration: createUser lines
 * (snmptrapd.conf(5), with Net-SNMP's -e, -m, -l and -M forms), the
 * local engine ID (engineID, oldEngineID, else one generated at start
 * in Net-SNMP's default form), and the receiver USM built from them.
 *
 * Users for traps are configured with the sender's engine ID (-e): the
 * sender is authoritative (RFC 3414 1.5.1).  Users without -e belong to
 * our own engine, which informs are sent to, so their keys can only be
 * localized once the whole configuration, and with it our engine ID,
 * has been read. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "snmptrapd/trapd.h"

#define WORD_MAX 1024

/* Copy the next blank-separated word of *P into W; false at the end. */
static bool word(const char **p, char *w)
{
    const char *s = *p;
    size_t n = 0;

    while (*s == ' ' || *s == '\t')
        s++;
    if (*s == '\0')
        return false;
    while (*s != '\0' && *s != ' ' && *s != '\t' && n < WORD_MAX - 1)
        w[n++] = *s++;
    w[n] = '\0';
    while (*s != '\0' && *s != ' ' && *s != '\t')
        s++;
    *p = s;
    return true;
}

static int bad(struct sk_error *err, const char *what)
{
    return sk_error_set(err, SK_ERR_GENERIC, "%s", what);
}

/* What Net-SNMP says when a secret of createUser will not do. */
static int bad_secret(struct sk_error *err, bool priv,
                      enum sk_usm_secret kind)
{
    if (kind == SK_USM_PASSWORD)
        return bad(err, priv ? "could not generate the privacy key from "
                   "the supplied pass phrase."
                   : "could not generate the authentication key from the "
                   "supplied pass phrase.");
    if (kind == SK_USM_MASTER)
        return bad(err, priv ? "could not generate localized privacy key "
                   "(Kul) from the master key (Ku)."
                   : "could not generate localized authentication key "
                   "(Kul) from the master key (Ku).");
    return bad(err, "improper key length to -l");
}

/* A passphrase, or with -m / -l a hex key, into *OUT (allocated); the
 * key of the hash AUTH must have that hash's length (a localized
 * privacy key may be shorter: it is extended).  A passphrase needs 8
 * characters (RFC 3414 11.2), which Net-SNMP says on its own line. */
static int secret(const char **p, char *w, struct trapd_user *u, bool priv,
                  const struct trapd_log *log, struct sk_error *err)
{
    enum sk_usm_secret *kind = priv ? &u->priv_kind : &u->auth_kind;
    uint8_t **out = priv ? &u->priv_secret : &u->auth_secret;
    size_t *len = priv ? &u->priv_secret_len : &u->auth_secret_len;
    size_t need = sk_auth_key_len(u->auth);
    long n;

    *kind = SK_USM_PASSWORD;
    if (!word(p, w))
        return bad(err, "no authentication pass phrase");
    if (strcmp(w, "-m") == 0 || strcmp(w, "-l") == 0) {
        *kind = w[1] == 'm' ? SK_USM_MASTER : SK_USM_LOCALIZED;
        if (!word(p, w))
            w[0] = '\0';
        *out = malloc(WORD_MAX);
        n = *out != NULL ? sk_hex_decode(w, 0, *out, WORD_MAX) : -1;
        if (n <= 0)
            return bad(err, *kind == SK_USM_MASTER
                                ? "invalid key value argument to -m"
                                : "invalid key value argument to -l");
        *len = (size_t)n;
        if ((size_t)n != need &&
            !(priv && *kind == SK_USM_LOCALIZED && (size_t)n < need))
            return bad_secret(err, priv, *kind);
        return 0;
    }
    if (strlen(w) < 8) {
        trapd_log_msg(log, "Error: passphrase chosen is below the length "
                      "requirements of the USM (min=8).\n");
        return bad_secret(err, priv, SK_USM_PASSWORD);
    }
    *out = (uint8_t *)strdup(w);
    *len = strlen(w);
    return *out == NULL ? bad(err, "malloc failed") : 0;
}

/* The privacy part: TYPE [[-m|-l] SECRET].  Without a secret Net-SNMP
 * reuses the localized authentication key as it is, unextended. */
static int priv_part(struct trapd_user *u, const char **p, char *w,
                     const struct trapd_log *log, struct sk_error *err)
{
    if (!word(p, w))
        return 0;
    u->priv = strcmp(w, "default") == 0 ? SK_PRIV_DES
                                        : sk_priv_proto_parse(w);
    if (u->priv == SK_PRIV_NONE)
        return bad(err, "unknown privProtocol");
    while (**p == ' ' || **p == '\t')
        (*p)++;
    if (**p != '\0')
        return secret(p, w, u, true, log, err);
    if (sk_priv_key_len(u->priv) > sk_auth_key_len(u->auth))
        return bad(err, "privKey length is less than required by "
                   "privProtocol");
    u->priv_kind = u->auth_kind;
    u->priv_secret = malloc(u->auth_secret_len + 1);
    if (u->priv_secret == NULL)
        return bad(err, "malloc failed");
    if (u->auth_secret_len > 0)
        memcpy(u->priv_secret, u->auth_secret, u->auth_secret_len);
    u->priv_secret_len = u->auth_secret_len;
    return 0;
}

static int parse_user(struct trapd_user *u, const char *v, char *w,
                      const struct trapd_log *log, struct sk_error *err)
{
    long n;

    if (!word(&v, w))
        return bad(err, "missing user name");
    if (strcmp(w, "-M") == 0 && !word(&v, w))
        return bad(err, "missing user name");
    if (strcmp(w, "-e") == 0) {
        if (!word(&v, w))
            return bad(err, "invalid EngineID argument to -e");
        n = sk_hex_decode(w, 0, u->engine_id, sizeof u->engine_id);
        if (n <= 0)
            return bad(err, "invalid EngineID argument to -e");
        u->engine_id_len = (size_t)n;
        if (!word(&v, w))
            return bad(err, "missing user name");
    }
    u->name = strdup(w);
    if (u->name == NULL)
        return bad(err, "malloc failed");
    if (!word(&v, w))
        return 0;                       /* noAuthNoPriv only */
    u->auth = sk_auth_proto_parse(w);
    if (u->auth == SK_AUTH_NONE)
        return bad(err, "unknown authProtocol");
    if (secret(&v, w, u, false, log, err) < 0)
        return -1;
    return priv_part(u, &v, w, log, err);
}

static void user_clear(struct trapd_user *u)
{
    if (u->auth_secret != NULL)
        memset(u->auth_secret, 0, u->auth_secret_len);
    if (u->priv_secret != NULL)
        memset(u->priv_secret, 0, u->priv_secret_len);
    free(u->auth_secret);
    free(u->priv_secret);
    free(u->name);
    memset(u, 0, sizeof *u);
}

int trapd_create_user(struct trapd_conf *c, const char *v,
                      const struct trapd_log *log, struct sk_error *err)
{
    struct trapd_user u, *grown;
    char *w = malloc(WORD_MAX);
    int rc;

    memset(&u, 0, sizeof u);
    rc = w != NULL ? parse_user(&u, v, w, log, err)
                   : bad(err, "malloc failed");
    free(w);
    if (rc == 0) {
        grown = realloc(c->users, (c->nusers + 1) * sizeof *grown);
        if (grown != NULL) {
            c->users = grown;
            c->users[c->nusers++] = u;
            return 0;
        }
        rc = bad(err, "malloc failed");
    }
    user_clear(&u);
    return rc;
}

void trapd_users_free(struct trapd_conf *c)
{
    for (size_t i = 0; i < c->nusers; i++)
        user_clear(&c->users[i]);
    free(c->users);
    c->users = NULL;
    c->nusers = 0;
}

/* engineID TEXT: RFC 3411 SnmpEngineID format 4 (text) under Net-SNMP's
 * enterprise number; oldEngineID HEX: the ID as stored. */
int trapd_engine_id(struct trapd_conf *c, const char *token, const char *v,
                    struct sk_error *err)
{
    static const uint8_t head[] = { 0x80, 0x00, 0x1f, 0x88, 0x04 };
    size_t n = strlen(v);
    long h;

    if (strcmp(token, "engineID") == 0) {
        if (n == 0 || n > sizeof c->engine_id - sizeof head)
            return bad(err, "invalid engineID");
        memcpy(c->engine_id, head, sizeof head);
        /* NOLINTNEXTLINE(bugprone-not-null-terminated-result): binary */
        memcpy(c->engine_id + sizeof head, v, n);
        c->engine_id_len = sizeof head + n;
        return 0;
    }
    h = sk_hex_decode(v, 0, c->engine_id, sizeof c->engine_id);
    if (h < 5)
        return bad(err, "invalid oldEngineID");
    c->engine_id_len = (size_t)h;
    return 0;
}

int64_t trapd_now_us(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static void add_user(struct trapd *t, const struct trapd_user *u)
{
    struct sk_usm_user_spec s;
    struct sk_error err;

    memset(&s, 0, sizeof s);
    s.engine_id = u->engine_id;
    s.engine_id_len = u->engine_id_len;
    s.name = u->name;
    s.auth = u->auth;
    s.auth_kind = u->auth_kind;
    s.auth_secret = u->auth_secret;
    s.auth_secret_len = u->auth_secret_len;
    s.priv = u->priv;
    s.priv_kind = u->priv_kind;
    s.priv_secret = u->priv_secret;
    s.priv_secret_len = u->priv_secret_len;
    if (sk_notify_usm_add_user(t->usm, &s, &err) < 0)
        trapd_log_msg(&t->opts.log, "createUser %s: %s\n", u->name,
                      err.detail[0] != '\0' ? err.detail
                                            : sk_error_text(err.code));
}

/* (Re)build the receiver's USM after a configuration load.  The engine
 * keeps its start time over a SIGHUP, so its clock runs on. */
void trapd_usm_setup(struct trapd *t)
{
    const uint8_t *id = t->engine_id;
    size_t idlen = t->engine_id_len;
    struct sk_error err;

    sk_notify_usm_free(t->usm);
    t->usm = NULL;
    if (t->engine_id_len == 0) {
        t->engine_id_len = sk_notify_engine_id_default(t->engine_id);
        /* Net-SNMP rounds snmpEngineTime to the nearest second
         * (RFC 3414 2.2.1 leaves the granularity open); starting the
         * clock half a second early turns the truncation into that */
        t->start_us = trapd_now_us() - 500000;
        idlen = t->engine_id_len;
    }
    if (t->conf.engine_id_len > 0) {
        id = t->conf.engine_id;
        idlen = t->conf.engine_id_len;
    }
    t->usm = sk_notify_usm_new(id, idlen, 1, t->start_us, &err);
    if (t->usm == NULL)
        return;
    for (size_t i = 0; i < t->conf.nusers; i++)
        add_user(t, &t->conf.users[i]);
}
