/* usm.c - User-based Security Model message processing for a command
 * generator (RFC 3414 sections 2.4, 3.1 and 3.2).
 *
 * Outgoing: the ScopedPDU is encoded, encrypted for authPriv (the
 * encryptedPDU is an OCTET STRING), the message is encoded with
 * msgAuthenticationParameters all zero, and the HMAC over the whole
 * message is patched in at the offset recorded while encoding (RFC 3414
 * 6.3.1 / 7.3.1; DESIGN.md codec rule 7).  Incoming: the message is
 * copied with the digest zeroed, the HMAC recomputed and compared in
 * constant time; then the encryptedPDU is decrypted and the plaintext
 * ScopedPDU decoded (trailing bytes there are cipher padding, RFC 3414
 * 8.3.2).  Plaintext is wiped as soon as it has been used. */
#include "sec/usm.h"

#include <string.h>

#include "wire/ber.h"

static const uint8_t zeroes[SK_MAC_MAX];

/* Constant-time comparison: the time taken does not depend on where
 * the first difference is, so a forger learns nothing from it. */
static bool same_mac(const uint8_t *a, const uint8_t *b, size_t n)
{
    volatile uint8_t diff = 0;

    for (size_t i = 0; i < n; i++)
        diff |= (uint8_t)(a[i] ^ b[i]);
    return diff == 0;
}

int sk_usm_params_decode(const uint8_t *p, size_t n,
                         struct sk_usm_params *out, struct sk_error *err)
{
    struct sk_cursor c, sc;
    const uint8_t *id, *user;
    int32_t boots, time;

    memset(out, 0, sizeof *out);
    sk_ber_init(&c, p, n);
    if (sk_ber_enter(&c, 0x30, &sc, err) < 0 || sk_ber_done(&c, err) < 0 ||
        sk_ber_read_octets(&sc, 0x04, SK_ENGINE_ID_MAX, &id,
                           &out->engine_id_len, err) < 0 ||
        sk_ber_read_int32(&sc, 0x02, &boots, err) < 0 ||
        sk_ber_read_int32(&sc, 0x02, &time, err) < 0 ||
        sk_ber_read_octets(&sc, 0x04, SK_USM_USER_MAX, &user,
                           &out->user_len, err) < 0 ||
        sk_ber_read_octets(&sc, 0x04, SK_MAC_MAX, &out->auth,
                           &out->auth_len, err) < 0 ||
        sk_ber_read_octets(&sc, 0x04, 255, &out->priv, &out->priv_len,
                           err) < 0 ||
        sk_ber_done(&sc, err) < 0)
        goto fail;
    if (boots < 0 || time < 0) {
        sk_error_set(err, SK_ERR_ASN_PARSE, "negative boots or time");
        goto fail;
    }
    out->boots = (uint32_t)boots;
    out->time = (uint32_t)time;
    if (out->engine_id_len > 0)
        memcpy(out->engine_id, id, out->engine_id_len);
    if (out->user_len > 0)
        memcpy(out->user, user, out->user_len);
    out->auth_off = (size_t)(out->auth - p);
    return 0;
fail:
    err->code = SK_ERR_ASN_PARSE;
    memset(out, 0, sizeof *out);
    return -1;
}

int sk_usm_params_encode(struct sk_usm_params *prm, uint8_t *buf,
                         size_t cap, const uint8_t **out, size_t *outlen,
                         struct sk_error *err)
{
    struct sk_writer w;
    const uint8_t *auth = prm->auth != NULL ? prm->auth : zeroes;
    size_t auth_end;

    *out = NULL;
    *outlen = 0;
    if (prm->auth_len > SK_MAC_MAX || prm->engine_id_len > SK_ENGINE_ID_MAX ||
        prm->user_len > SK_USM_NAME_CAP)
        return sk_error_set(err, SK_ERR_TOO_LONG, NULL);
    sk_ber_writer_init(&w, buf, cap);
    if (sk_ber_put_octets(&w, 0x04, prm->priv, prm->priv_len, err) < 0)
        return -1;
    auth_end = sk_ber_written(&w);
    if (sk_ber_put_octets(&w, 0x04, auth, prm->auth_len, err) < 0 ||
        sk_ber_put_octets(&w, 0x04, prm->user, prm->user_len, err) < 0 ||
        sk_ber_put_int(&w, 0x02, prm->time, err) < 0 ||
        sk_ber_put_int(&w, 0x02, prm->boots, err) < 0 ||
        sk_ber_put_octets(&w, 0x04, prm->engine_id, prm->engine_id_len,
                          err) < 0 ||
        sk_ber_wrap(&w, 0x30, 0, err) < 0)
        return -1;
    *out = sk_ber_data(&w);
    *outlen = sk_ber_written(&w);
    prm->auth_off = *outlen - auth_end - prm->auth_len;
    return 0;
}

/* A user can only send at the levels it has keys for. */
static int check_keys(const struct sk_usm_user *u, enum sk_sec_level level,
                      struct sk_error *err)
{
    if (level >= SK_SEC_AUTH &&
        (u->auth == SK_AUTH_NONE || u->auth_key_len == 0))
        return sk_error_set(err, SK_ERR_UNSUPPORTED_SEC_LEVEL, NULL);
    if (level == SK_SEC_PRIV &&
        (u->priv == SK_PRIV_NONE || u->priv_key_len == 0))
        return sk_error_set(err, SK_ERR_UNSUPPORTED_SEC_LEVEL, NULL);
    return 0;
}

/* msgData for authPriv: encrypt the ScopedPDU at PLAIN[0..N) (in WORK's
 * first half; wiped afterwards) into WORK's second half, then wrap the
 * ciphertext as the encryptedPDU OCTET STRING at the end of the first. */
static int encrypt_data(const struct sk_usm_user *u,
                        const struct sk_usm_out *o, uint8_t *plain,
                        size_t n, uint8_t *work, uint8_t *privp,
                        const uint8_t **data, size_t *dlen,
                        struct sk_error *err)
{
    uint8_t *crypt = work + SK_MSG_MAX + 16;
    struct sk_writer w;
    size_t clen = 0;
    int rc;

    rc = sk_priv_encrypt(u->priv, u->priv_key, u->priv_key_len, o->boots,
                         o->time, o->salt, plain, n, crypt, &clen, privp,
                         err);
    sk_crypto_wipe(plain, n);
    if (rc < 0)
        return -1;
    sk_ber_writer_init(&w, work, SK_MSG_MAX + 16);
    if (sk_ber_put_octets(&w, 0x04, crypt, clen, err) < 0)
        return -1;
    *data = sk_ber_data(&w);
    *dlen = sk_ber_written(&w);
    return 0;
}

static int build_data(const struct sk_usm_user *u,
                      const struct sk_usm_out *o,
                      const struct sk_scoped_pdu *sp, uint8_t *work,
                      uint8_t *privp, const uint8_t **data, size_t *dlen,
                      struct sk_error *err)
{
    const uint8_t *sd;
    size_t sdlen;

    if (sk_scoped_pdu_encode(sp, work, SK_MSG_MAX, &sd, &sdlen, err) < 0)
        return -1;
    if (o->level != SK_SEC_PRIV) {
        *data = sd;
        *dlen = sdlen;
        return 0;
    }
    return encrypt_data(u, o, work + (size_t)(sd - work), sdlen, work,
                        privp, data, dlen, err);
}

int sk_usm_encode(const struct sk_usm_user *u, const uint8_t *id,
                  size_t idlen, const struct sk_usm_out *o,
                  const struct sk_scoped_pdu *sp, uint8_t *work,
                  uint8_t *buf, size_t cap, const uint8_t **out,
                  size_t *outlen, struct sk_error *err)
{
    struct sk_usm_params prm;
    struct sk_msg3 m;
    uint8_t pbuf[256], privp[SK_PRIV_PARAMS_LEN];
    bool auth = o->level >= SK_SEC_AUTH;

    *out = NULL;
    *outlen = 0;
    memset(&prm, 0, sizeof prm);
    memset(&m, 0, sizeof m);
    if (check_keys(u, o->level, err) < 0)
        return -1;
    if (idlen > SK_ENGINE_ID_MAX || u->name_len > SK_USM_NAME_CAP)
        return sk_error_set(err, SK_ERR_TOO_LONG, NULL);
    if (build_data(u, o, sp, work, privp, &m.data, &m.data_len, err) < 0)
        return -1;
    if (idlen > 0)
        memcpy(prm.engine_id, id, idlen);
    prm.engine_id_len = idlen;
    prm.boots = o->boots;
    prm.time = o->time;
    memcpy(prm.user, u->name, u->name_len);
    prm.user_len = u->name_len;
    prm.auth_len = auth ? sk_auth_mac_len(u->auth) : 0;
    prm.priv = privp;
    prm.priv_len = o->level == SK_SEC_PRIV ? sizeof privp : 0;
    if (sk_usm_params_encode(&prm, pbuf, sizeof pbuf, &m.sec_params,
                             &m.sec_params_len, err) < 0)
        return -1;
    m.msg_id = o->msg_id;
    m.max_size = SK_MSG3_MAX_SIZE;
    m.flags = (uint8_t)((auth ? SK_MSG3_FLAG_AUTH : 0) |
                        (o->level == SK_SEC_PRIV ? SK_MSG3_FLAG_PRIV : 0) |
                        (o->reportable ? SK_MSG3_FLAG_REPORTABLE : 0));
    m.sec_model = SK_SEC_MODEL_USM;
    if (sk_msg3_encode(&m, buf, cap, out, outlen, err) < 0)
        return -1;
    if (!auth)
        return 0;
    /* RFC 3414 6.3.1 / 7.3.1: the MAC covers the whole message with
     * the digest field zero, and is then written into that field. */
    return sk_auth_mac(u->auth, u->auth_key, u->auth_key_len, *out,
                       *outlen,
                       buf + (*out - buf) + m.sec_params_off + prm.auth_off,
                       err);
}

/* RFC 3414 3.2.6: recompute the HMAC over a copy with the digest
 * zeroed and compare in constant time. */
static int verify(const struct sk_usm_user *u, const uint8_t *p, size_t n,
                  uint8_t *work, const struct sk_usm_in *in,
                  struct sk_error *err)
{
    uint8_t mac[SK_MAC_MAX];
    size_t maclen = sk_auth_mac_len(u->auth);
    size_t off = in->hdr.sec_params_off + in->params.auth_off;
    bool ok;

    if (maclen == 0 || in->params.auth_len != maclen)
        return sk_error_set(err, SK_ERR_AUTH_FAILURE, "digest length");
    memcpy(work, p, n);
    memset(work + off, 0, maclen);
    if (sk_auth_mac(u->auth, u->auth_key, u->auth_key_len, work, n, mac,
                    err) < 0)
        return -1;
    ok = same_mac(mac, in->params.auth, maclen);
    sk_crypto_wipe(mac, sizeof mac);
    if (!ok)
        return sk_error_set(err, SK_ERR_AUTH_FAILURE, NULL);
    return 0;
}

/* RFC 3414 3.2.8: decrypt the encryptedPDU into WORK, decode the
 * ScopedPDU from it (padding after it is ignored), wipe the plaintext. */
static int decrypt(const struct sk_usm_user *u, uint8_t *work,
                   struct sk_usm_in *in, struct sk_error *err)
{
    struct sk_cursor c;
    const uint8_t *ct;
    size_t ctlen, ptlen = 0, used;
    int rc;

    sk_ber_init(&c, in->hdr.data, in->hdr.data_len);
    if (sk_ber_read_octets(&c, 0x04, SK_MSG_MAX, &ct, &ctlen, err) < 0)
        return -1;
    if (in->params.priv_len != SK_PRIV_PARAMS_LEN)
        return sk_error_set(err, SK_ERR_DECRYPTION, "privacy parameters");
    if (sk_priv_decrypt(u->priv, u->priv_key, u->priv_key_len,
                        in->params.boots, in->params.time, in->params.priv,
                        in->params.priv_len, ct, ctlen, work, &ptlen,
                        err) < 0)
        return sk_error_set(err, SK_ERR_DECRYPTION, NULL);
    rc = sk_scoped_pdu_decode(work, ptlen, &in->scoped, &used, err);
    sk_crypto_wipe(work, ptlen);
    return rc;
}

/* Which level the sender used, and whether U can process it. */
static int check_level(const struct sk_usm_user *u, struct sk_usm_in *in,
                       struct sk_error *err)
{
    uint8_t f = in->hdr.flags;

    in->level = (f & SK_MSG3_FLAG_PRIV) ? SK_SEC_PRIV
                : (f & SK_MSG3_FLAG_AUTH) ? SK_SEC_AUTH : SK_SEC_NOAUTH;
    if (in->level == SK_SEC_NOAUTH)
        return 0;
    /* RFC 3414 3.2.4/3.2.5: the user must be ours and able to do it. */
    if (in->params.user_len != u->name_len ||
        memcmp(in->params.user, u->name, u->name_len) != 0)
        return sk_error_set(err, SK_ERR_UNKNOWN_USER, NULL);
    return check_keys(u, in->level, err);
}

int sk_usm_decode(const struct sk_usm_user *u, const uint8_t *p, size_t n,
                  uint8_t *work, struct sk_usm_in *in,
                  struct sk_error *err)
{
    size_t used;

    memset(in, 0, sizeof *in);
    if (sk_msg3_decode(p, n, &in->hdr, err) < 0)
        return -1;
    if (in->hdr.sec_model != SK_SEC_MODEL_USM)
        return sk_error_set(err, SK_ERR_ASN_PARSE, "security model %ld",
                            (long)in->hdr.sec_model);
    if (sk_usm_params_decode(in->hdr.sec_params, in->hdr.sec_params_len,
                             &in->params, err) < 0 ||
        check_level(u, in, err) < 0)
        goto fail;
    if (in->level >= SK_SEC_AUTH && verify(u, p, n, work, in, err) < 0)
        goto fail;
    if (in->level == SK_SEC_PRIV) {
        if (decrypt(u, work, in, err) < 0)
            goto fail;
    } else if (sk_scoped_pdu_decode(in->hdr.data, in->hdr.data_len,
                                    &in->scoped, &used, err) < 0) {
        goto fail;
    }
    return 0;
fail:
    sk_usm_in_clear(in);
    return -1;
}

void sk_usm_in_clear(struct sk_usm_in *in)
{
    sk_scoped_pdu_clear(&in->scoped);
    memset(in, 0, sizeof *in);
}

/* usmStats (RFC 3414 5), 1.3.6.1.6.3.15.1.1.N.0, N = 1..6. */
static const enum sk_err usm_stats[] = {
    SK_ERR_UNSUPPORTED_SEC_LEVEL, SK_ERR_NOT_IN_TIME_WINDOW,
    SK_ERR_UNKNOWN_USER, SK_ERR_UNKNOWN_ENGINE_ID, SK_ERR_AUTH_FAILURE,
    SK_ERR_DECRYPTION,
};

enum sk_err sk_usm_report_error(const struct sk_pdu *report,
                                struct sk_error *err)
{
    static const uint32_t prefix[] = {1, 3, 6, 1, 6, 3, 15, 1, 1};
    const struct sk_oid *name;
    size_t np = sizeof prefix / sizeof prefix[0];

    if (report->nvbs == 0) {
        sk_error_set(err, SK_ERR_GENERIC, "empty Report");
        return SK_ERR_GENERIC;
    }
    name = &report->vbs[0].name;
    if (name->len == np + 2 && name->arc[np + 1] == 0 &&
        memcmp(name->arc, prefix, sizeof prefix) == 0 &&
        name->arc[np] >= 1 && name->arc[np] <= 6) {
        sk_error_set(err, usm_stats[name->arc[np] - 1], NULL);
        return err->code;
    }
    /* snmpInvalidMsgs, snmpUnknownContexts, ...: no code of ours. */
    sk_error_set(err, SK_ERR_GENERIC, "Report");
    return SK_ERR_GENERIC;
}
