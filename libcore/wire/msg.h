/* msg.h - SNMP message framing (internal to libcore).
 * v1/v2c: Message ::= SEQUENCE { version, community, pdu } (RFC 1157,
 * RFC 1901).  v3 (RFC 3412): the header, msgData and the ScopedPDU;
 * sec/usm.c supplies and checks the security parameters. */
#ifndef SK_WIRE_MSG_H
#define SK_WIRE_MSG_H

#include <stddef.h>
#include <stdint.h>

#include "base/err.h"
#include "wire/pdu.h"

#define SK_MSG_MAX 65535        /* largest message we build or accept */
#define SK_COMMUNITY_MAX 255

struct sk_msg {
    int32_t version;            /* enum sk_version (wire/pdu.h) */
    uint8_t *community;         /* owned; v1/v2c only */
    size_t community_len;
    struct sk_pdu *pdu;         /* owned */
};

/* Encode MSG backwards into BUF[0..CAP).  On success *OUT points into BUF
 * at the first byte of the message and *OUTLEN is its length.  Fails with
 * SK_ERR_TOO_LONG when it does not fit, SK_ERR_BAD_VERSION for an
 * unsupported version. */
int sk_msg_encode(const struct sk_msg *msg, uint8_t *buf, size_t cap,
                  const uint8_t **out, size_t *outlen, struct sk_error *err);

/* Decode one whole message from P[0..N).  On success OUT owns a new PDU
 * and community copy (release with sk_msg_clear).  Any malformation
 * (including trailing bytes) fails with SK_ERR_ASN_PARSE and leaves OUT
 * empty; a well-formed value of a type SNMP lacks with SK_ERR_BAD_TYPE,
 * its tag in hex as the detail (Net-SNMP's "bad type returned"). */
int sk_msg_decode(const uint8_t *p, size_t n, struct sk_msg *out,
                  struct sk_error *err);

/* Free what MSG owns; leaves it zeroed.  Safe on a zeroed msg. */
void sk_msg_clear(struct sk_msg *msg);

/* For stream transports: if P[0..N) holds the start of a BER SEQUENCE,
 * set *TOTAL to the length of the whole first message and return 1;
 * return 0 if more bytes are needed to tell; -1 (SK_ERR_ASN_PARSE) if the
 * header is malformed or the length exceeds SK_MSG_MAX. */
int sk_msg_frame_len(const uint8_t *p, size_t n, size_t *total,
                     struct sk_error *err);

/* ---- SNMPv3 (RFC 3412 section 6) ---- */

#define SK_ENGINE_ID_MAX 32     /* SnmpEngineID SIZE(5..32); 0 in discovery */
#define SK_CONTEXT_MAX 255      /* contextName: SnmpAdminString */
#define SK_MSG3_FLAG_AUTH 0x01
#define SK_MSG3_FLAG_PRIV 0x02
#define SK_MSG3_FLAG_REPORTABLE 0x04
#define SK_SEC_MODEL_USM 3
#define SK_MSG3_MAX_SIZE 65507  /* msgMaxSize Net-SNMP advertises */

/* One SNMPv3Message.  On encode every field is an input and the byte
 * spans are borrowed; on decode they point into the decoded buffer. */
struct sk_msg3 {
    int32_t msg_id;             /* 0..2^31-1 */
    int32_t max_size;           /* 484..2^31-1 */
    uint8_t flags;              /* SK_MSG3_FLAG_* */
    int32_t sec_model;          /* SK_SEC_MODEL_USM */
    const uint8_t *sec_params;  /* msgSecurityParameters content */
    size_t sec_params_len;
    size_t sec_params_off;      /* decode/encode output: offset of
                                   sec_params in the whole message */
    const uint8_t *data;        /* msgData as a whole TLV: a ScopedPDU
                                   SEQUENCE, or with FLAG_PRIV the
                                   encryptedPDU OCTET STRING */
    size_t data_len;
};

struct sk_scoped_pdu {
    uint8_t engine_id[SK_ENGINE_ID_MAX]; /* contextEngineID */
    size_t engine_id_len;
    uint8_t name[SK_CONTEXT_MAX];        /* contextName */
    size_t name_len;
    struct sk_pdu *pdu;                  /* owned after decode */
};

/* Encode M backwards into BUF[0..CAP) as sk_msg_encode does, and set
 * M->sec_params_off.  SK_ERR_TOO_LONG when it does not fit. */
int sk_msg3_encode(struct sk_msg3 *m, uint8_t *buf, size_t cap,
                   const uint8_t **out, size_t *outlen,
                   struct sk_error *err);

/* Decode the header of one whole v3 message P[0..N); the spans of OUT
 * borrow P.  Rejects (SK_ERR_ASN_PARSE) malformed BER, trailing bytes,
 * msgFlags not one octet, priv without auth (RFC 3412 7.2.5), a
 * msgData whose form does not match the flags, out-of-range fields;
 * SK_ERR_BAD_VERSION when the version is not 3. */
int sk_msg3_decode(const uint8_t *p, size_t n, struct sk_msg3 *out,
                   struct sk_error *err);

/* Encode the ScopedPDU SP (its pdu borrowed) into BUF[0..CAP). */
int sk_scoped_pdu_encode(const struct sk_scoped_pdu *sp, uint8_t *buf,
                         size_t cap, const uint8_t **out, size_t *outlen,
                         struct sk_error *err);

/* Decode the ScopedPDU TLV at the start of P[0..N) into OUT (which then
 * owns a PDU; release with sk_scoped_pdu_clear).  *USED is the TLV's
 * length: bytes after it are trailing (the caller decides - decrypted
 * data carries padding, RFC 3414 8.1.1.2).  SK_ERR_ASN_PARSE, or
 * SK_ERR_BAD_TYPE as sk_msg_decode. */
int sk_scoped_pdu_decode(const uint8_t *p, size_t n,
                         struct sk_scoped_pdu *out, size_t *used,
                         struct sk_error *err);

/* Free the PDU SP owns; leaves it zeroed. */
void sk_scoped_pdu_clear(struct sk_scoped_pdu *sp);

#endif
