/* msg.h - SNMP message framing (internal to libcore).
 * v1/v2c: Message ::= SEQUENCE { version, community, pdu } (RFC 1157,
 * RFC 1901).  v3 (RFC 3412) slots in here with its header and scoped
 * PDU; sec/ supplies the security parameters. */
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
 * empty. */
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

#endif
