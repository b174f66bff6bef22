/* discover.c - SNMPv3 session state: keys and engine discovery.
 *
 * Keys: a passphrase becomes a master key Ku once per session (RFC 3414
 * A.2.1, a megabyte of hashing), or -3m/-3M give Ku directly, or
 * -3k/-3K give the localized key.  Ku is localized to the authoritative
 * engine (A.2.2) as soon as its engine ID is known; the privacy key is
 * made with the authentication hash and extended for AES-192/256.
 *
 * Discovery (RFC 3414 section 4), as Net-SNMP 5.9's clients do it when
 * -e is not given, at session open: one noAuthNoPriv, reportable
 * message with an empty msgAuthoritativeEngineID, boots and time 0, an
 * empty user name and a GET with no varbinds.  The agent answers with a
 * usmStatsUnknownEngineIDs Report whose security parameters carry its
 * engine ID, boots and time, so no second time-synchronisation message
 * is needed: authenticated requests go out with that clock (observed
 * live against snmpd 5.9.3: two datagrams each way for every level).
 * The probe is retried like any request; silence is SK_ERR_TIMEOUT. */
#include "net/discover.h"

#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "sec/crypto.h"

static uint64_t random64(void)
{
    uint64_t r = 0;

    if (getrandom(&r, sizeof r, GRND_NONBLOCK) != (ssize_t)sizeof r)
        r = ((uint64_t)time(NULL) << 32) ^ (uint64_t)getpid();
    return r;
}

int32_t sk_v3_msgid(struct sk_v3 *v)
{
    int32_t id = v->next_msgid;

    v->next_msgid = id == INT32_MAX ? 1 : id + 1;
    return id;
}

/* Ku from a passphrase or from -3m/-3M bytes; nothing when neither.
 * The passphrase wins when both are given, as in Net-SNMP. */
static int master_key(enum sk_auth_proto auth, const char *pass,
                      const uint8_t *master, size_t mlen, uint8_t *ku,
                      size_t *kulen, struct sk_error *err)
{
    *kulen = 0;
    if (pass != NULL)
        return sk_keys_password_to_key(auth, pass, strlen(pass), ku, kulen,
                                       err);
    if (master != NULL && mlen > 0) {
        if (mlen > SK_KEY_MAX)
            return sk_error_set(err, SK_ERR_BAD_VALUE, "key too long");
        memcpy(ku, master, mlen);
        *kulen = mlen;
    }
    return 0;
}

static int load_auth(struct sk_v3 *v, const struct sk_usm_cfg *cfg,
                     struct sk_error *err)
{
    struct sk_usm_user *u = &v->user;

    u->auth = cfg->auth != SK_AUTH_NONE ? cfg->auth : SK_AUTH_MD5;
    if (cfg->auth_local != NULL && cfg->auth_local_len > 0) {
        if (cfg->auth_local_len > SK_KEY_MAX)
            return sk_error_set(err, SK_ERR_BAD_VALUE, "key too long");
        memcpy(u->auth_key, cfg->auth_local, cfg->auth_local_len);
        u->auth_key_len = cfg->auth_local_len;
        v->auth_given_local = true;
        /* a short -3k key cannot make the MAC: Net-SNMP fails locally */
        if (u->auth_key_len < sk_auth_key_len(u->auth))
            return sk_error_set(err, SK_ERR_USM_AUTH_FAILURE, NULL);
        return 0;
    }
    if (master_key(u->auth, cfg->auth_pass, cfg->auth_master,
                   cfg->auth_master_len, v->auth_ku, &v->auth_ku_len,
                   err) < 0)
        return -1;
    /* Net-SNMP's usm_check_secLevel: no key for an authenticated level */
    if (v->auth_ku_len == 0)
        return sk_error_set(err, SK_ERR_USM_AUTH_FAILURE, NULL);
    return 0;
}

/* The privacy master key is made with the authentication hash (RFC
 * 3414 A.2, RFC 3826 1.2); -3K is kept to be extended on localizing. */
static int load_priv(struct sk_v3 *v, const struct sk_usm_cfg *cfg,
                     struct sk_error *err)
{
    struct sk_usm_user *u = &v->user;

    u->priv = cfg->priv != SK_PRIV_NONE ? cfg->priv : SK_PRIV_DES;
    if (cfg->priv_local != NULL && cfg->priv_local_len > 0) {
        if (cfg->priv_local_len > SK_KEY_MAX)
            return sk_error_set(err, SK_ERR_BAD_VALUE, "key too long");
        memcpy(v->priv_ku, cfg->priv_local, cfg->priv_local_len);
        v->priv_ku_len = cfg->priv_local_len;
        v->priv_given_local = true;
        return 0;
    }
    if (master_key(u->auth, cfg->priv_pass, cfg->priv_master,
                   cfg->priv_master_len, v->priv_ku, &v->priv_ku_len,
                   err) < 0)
        return -1;
    if (v->priv_ku_len == 0)
        return sk_error_set(err, SK_ERR_USM_GENERIC, NULL);
    return 0;
}

static bool has_key(const char *pass, const uint8_t *master,
                    const uint8_t *local)
{
    return pass != NULL || master != NULL || local != NULL;
}

/* Net-SNMP checks -3m/-3M at every level: a master key shorter than
 * the authentication hash fails the session with an empty message. */
static int check_masters(const struct sk_usm_cfg *cfg, struct sk_error *err)
{
    size_t need = sk_auth_key_len(cfg->auth != SK_AUTH_NONE ? cfg->auth
                                                            : SK_AUTH_MD5);

    if ((cfg->auth_master_len > 0 && cfg->auth_master_len < need) ||
        (cfg->priv_master_len > 0 && cfg->priv_master_len < need))
        return sk_error_set(err, SK_ERR_SILENT, NULL);
    return 0;
}

static void copy_settings(struct sk_v3 *v, const struct sk_usm_cfg *cfg)
{
    size_t n;

    n = cfg->sec_engine_id_len;
    if (cfg->sec_engine_id != NULL && n > 0 && n <= SK_ENGINE_ID_MAX) {
        memcpy(v->engine.id, cfg->sec_engine_id, n);
        v->engine.id_len = n;
    }
    n = cfg->ctx_engine_id_len;
    if (cfg->ctx_engine_id != NULL && n > 0 && n <= SK_ENGINE_ID_MAX) {
        memcpy(v->ctx_engine, cfg->ctx_engine_id, n);
        v->ctx_engine_len = n;
        v->ctx_engine_set = true;
    }
    n = cfg->context != NULL ? strlen(cfg->context) : 0;
    v->context_len = n > SK_CONTEXT_MAX ? SK_CONTEXT_MAX : n;
    if (v->context_len > 0)
        memcpy(v->context, cfg->context, v->context_len);
    v->preset_time = cfg->have_boots_time != 0;
    v->preset_boots = cfg->boots;
    v->preset_secs = cfg->time;
}

struct sk_v3 *sk_v3_new(const struct sk_usm_cfg *cfg, struct sk_error *err)
{
    struct sk_v3 *v;
    size_t n = cfg->sec_name != NULL ? strlen(cfg->sec_name) : 0;

    if (n > SK_USM_NAME_CAP) {
        sk_error_set(err, SK_ERR_GENERIC, "security name too long");
        return NULL;
    }
    v = calloc(1, sizeof *v);
    if (v == NULL) {
        sk_error_set(err, SK_ERR_NOMEM, NULL);
        return NULL;
    }
    if (n > 0)
        memcpy(v->user.name, cfg->sec_name, n);
    v->user.name_len = n;
    v->level = cfg->level >= SK_SEC_NOAUTH && cfg->level <= SK_SEC_PRIV
                   ? cfg->level : SK_SEC_NOAUTH;
    copy_settings(v, cfg);
    /* Net-SNMP's USM: authPriv without both kinds of key is a generic
     * error, authNoPriv without an auth key an authentication failure */
    if (v->level == SK_SEC_PRIV && (!has_key(cfg->auth_pass, cfg->auth_master,
                                             cfg->auth_local) ||
                                    !has_key(cfg->priv_pass, cfg->priv_master,
                                             cfg->priv_local))) {
        sk_error_set(err, SK_ERR_USM_GENERIC, NULL);
        sk_v3_free(v);
        return NULL;
    }
    if (check_masters(cfg, err) < 0 ||
        (v->level >= SK_SEC_AUTH && load_auth(v, cfg, err) < 0) ||
        (v->level == SK_SEC_PRIV && load_priv(v, cfg, err) < 0)) {
        sk_v3_free(v);
        return NULL;
    }
    v->next_msgid = (int32_t)(random64() & 0x7fffffff);
    v->salt = random64();
    return v;
}

void sk_v3_free(struct sk_v3 *v)
{
    if (v == NULL)
        return;
    sk_crypto_wipe(v, sizeof *v);
    free(v);
}

/* RFC 3414 A.2.2: Kul = H(Ku || engineID || Ku), and the privacy key. */
static int localize(struct sk_v3 *v, struct sk_error *err)
{
    struct sk_usm_user *u = &v->user;
    const uint8_t *id = v->engine.id;
    size_t idlen = v->engine.id_len;

    if (v->level >= SK_SEC_AUTH && !v->auth_given_local &&
        sk_keys_localize(u->auth, v->auth_ku, v->auth_ku_len, id, idlen,
                         u->auth_key, &u->auth_key_len, err) < 0)
        return -1;
    if (v->level < SK_SEC_PRIV)
        return 0;
    /* a -3K key that cannot be made long enough fails as Net-SNMP's
     * encryption step does */
    if (v->priv_given_local &&
        sk_keys_priv_extend(u->auth, u->priv, v->priv_ku, v->priv_ku_len,
                            id, idlen, u->priv_key, &u->priv_key_len,
                            err) < 0)
        return sk_error_set(err, SK_ERR_USM_ENCRYPTION, NULL);
    if (v->priv_given_local)
        return 0;
    return sk_keys_priv_key(u->auth, u->priv, v->priv_ku, v->priv_ku_len,
                            id, idlen, u->priv_key, &u->priv_key_len, err);
}

static int send_probe(struct sk_v3 *v, const struct sk_v3_io *io,
                      int32_t msgid, int32_t reqid, struct sk_error *err)
{
    static const struct sk_usm_user nobody;
    struct sk_usm_out o = {.msg_id = msgid, .level = SK_SEC_NOAUTH,
                           .reportable = true};
    struct sk_scoped_pdu sp;
    const uint8_t *p;
    size_t n;
    int rc;

    memset(&sp, 0, sizeof sp);
    /* Net-SNMP puts -E, when given, in the probe's ScopedPDU too. */
    if (v->ctx_engine_set) {
        memcpy(sp.engine_id, v->ctx_engine, v->ctx_engine_len);
        sp.engine_id_len = v->ctx_engine_len;
    }
    sp.pdu = sk_pdu_new(SK_PDU_GET, err);
    if (sp.pdu == NULL)
        return -1;
    sp.pdu->request_id = reqid;
    rc = sk_usm_encode(&nobody, NULL, 0, &o, &sp, v->work, io->obuf,
                       io->obufcap, &p, &n, err);
    sk_pdu_free(sp.pdu);
    if (rc < 0)
        return -1;
    if (io->trace != NULL)
        io->trace(io->trace_ctx, true, io->tp->desc_out, p, n);
    return io->tp->ops->send(io->tp, p, n, err);
}

/* Keep the Report answering MSGID: 1 engine learnt, 0 drop it. */
static int take_report(struct sk_v3 *v, const uint8_t *p, size_t n,
                       int32_t msgid)
{
    static const struct sk_usm_user nobody;
    struct sk_usm_in in;
    struct sk_error ignored;
    int ok;

    if (sk_usm_decode(&nobody, p, n, v->work, &in, &ignored) < 0)
        return 0;
    ok = in.hdr.msg_id == msgid && in.scoped.pdu->type == SK_PDU_REPORT &&
         in.params.engine_id_len > 0;
    if (ok) {
        memcpy(v->engine.id, in.params.engine_id, in.params.engine_id_len);
        v->engine.id_len = in.params.engine_id_len;
        sk_usm_time_set(&v->engine, in.params.boots, in.params.time,
                        sk_transport_now_us());
    }
    sk_usm_in_clear(&in);
    return ok;
}

static int await_report(struct sk_v3 *v, const struct sk_v3_io *io,
                        int32_t msgid, struct sk_error *err)
{
    int64_t deadline = sk_transport_now_us() + io->timeout_us;

    for (;;) {
        const uint8_t *p;
        size_t n;
        int rc = io->tp->ops->recv(io->tp, deadline, &p, &n, err);

        if (rc <= 0)
            return rc;
        if (io->trace != NULL)
            io->trace(io->trace_ctx, false, io->tp->desc_in, p, n);
        if (take_report(v, p, n, msgid) == 1)
            return 1;
    }
}

static int probe(struct sk_v3 *v, const struct sk_v3_io *io, int32_t reqid,
                 struct sk_error *err)
{
    for (int attempt = 0; attempt <= io->retries; attempt++) {
        int32_t msgid = sk_v3_msgid(v);
        int rc;

        if (send_probe(v, io, msgid, reqid, err) < 0)
            return -1;
        rc = await_report(v, io, msgid, err);
        if (rc != 0)
            return rc > 0 ? 0 : -1;
    }
    return sk_error_set(err, SK_ERR_TIMEOUT, NULL);
}

int sk_v3_discover(struct sk_v3 *v, const struct sk_v3_io *io,
                   int32_t reqid, struct sk_error *err)
{
    /* -Z overrides the clock the probe learnt; with -e (no probe)
     * Net-SNMP 5.9 ignores it and starts from 0,0 like we do. */
    if (v->engine.id_len == 0) {
        if (probe(v, io, reqid, err) < 0)
            return -1;
        if (v->preset_time)
            sk_usm_time_set(&v->engine, v->preset_boots, v->preset_secs,
                            sk_transport_now_us());
    }
    return localize(v, err);
}
