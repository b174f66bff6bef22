/* ber.h - the bounded BER cursor and the reverse writer (internal).
 * Decoding follows DESIGN.md's codec rules: one choke point advances the
 * cursor, lengths are checked before use, constructed values get child
 * cursors that must be consumed exactly.  Encoding runs backwards into a
 * caller-supplied buffer, as Net-SNMP's asn_realloc_rbuild_* does.
 * Every failure here is SK_ERR_ASN_PARSE (decode) or SK_ERR_TOO_LONG /
 * SK_ERR_BAD_ASN1_BUILD (encode). */
#ifndef SK_WIRE_BER_H
#define SK_WIRE_BER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/err.h"

struct sk_oid;
struct sk_value;
struct sk_pdu;

#define SK_BER_MAX_DEPTH 8      /* constructed nesting accepted */
#define SK_BER_MAX_LEN 65535    /* largest string or message */
#define SK_BER_OPAQUE_TAG1 0x9f /* Net-SNMP's Opaque special prefix */

struct sk_cursor {
    const uint8_t *p, *end;
    unsigned depth;             /* constructed values entered so far */
};

struct sk_writer {
    uint8_t *buf;               /* output lives in buf[pos..cap) */
    size_t pos;
    size_t cap;
};

/* ---- decoding (ber.c) ---- */

/* Start a top-level cursor over P[0..N); P may be NULL when N is 0. */
void sk_ber_init(struct sk_cursor *c, const uint8_t *p, size_t n);
/* Bytes not yet consumed. */
size_t sk_ber_left(const struct sk_cursor *c);
/* The only function that advances c->p: hands out the next N bytes in
 * *OUT, or fails without moving when fewer than N remain. */
int sk_ber_take(struct sk_cursor *c, size_t n, const uint8_t **out,
                struct sk_error *err);
/* Read one identifier octet; rejects the high tag form (0x1f). */
int sk_ber_read_tag(struct sk_cursor *c, uint8_t *tag, struct sk_error *err);
/* Read a definite length; rejects 0x80, more than 4 length octets, and
 * lengths beyond the bytes left in C. */
int sk_ber_read_len(struct sk_cursor *c, size_t *len, struct sk_error *err);
/* Peek at the next tag without consuming; -1 at end of data. */
int sk_ber_peek(const struct sk_cursor *c, uint8_t *tag);
/* Read a primitive TLV of any tag: *TAG, content in VAL[0..*LEN).
 * Rejects constructed encodings. */
int sk_ber_read_any(struct sk_cursor *c, uint8_t *tag, const uint8_t **val,
                    size_t *len, struct sk_error *err);
/* Read a primitive TLV whose tag must be TAG. */
int sk_ber_read_prim(struct sk_cursor *c, uint8_t tag, const uint8_t **val,
                     size_t *len, struct sk_error *err);
/* Enter a constructed TLV whose tag must be TAG: CHILD covers exactly
 * its content, one level deeper; fails past SK_BER_MAX_DEPTH. */
int sk_ber_enter(struct sk_cursor *c, uint8_t tag, struct sk_cursor *child,
                 struct sk_error *err);
/* Succeeds only when C is fully consumed (trailing bytes are an error). */
int sk_ber_done(const struct sk_cursor *c, struct sk_error *err);

/* Content decoders over a bounded span (the TLV content). */
/* Two's complement, 1..MAXLEN octets, sign-extended into *OUT. */
int sk_ber_dec_int(const uint8_t *p, size_t n, size_t maxlen, int64_t *out,
                   struct sk_error *err);
/* Unsigned of BITS (32/64): up to BITS/8 octets plus one leading 0x00;
 * a set top bit is not a sign (41 01 ff is 255, as in Net-SNMP 5.9). */
int sk_ber_dec_uint(const uint8_t *p, size_t n, unsigned bits,
                    uint64_t *out, struct sk_error *err);
/* OID content: at most SK_OID_MAX arcs, arcs <= 2^32-1, no dangling
 * continuation bit, no empty content. (oid.c) */
int sk_ber_dec_oid(const uint8_t *p, size_t n, struct sk_oid *out,
                   struct sk_error *err);

/* Typed readers: TLV with tag TAG and a value that fits the type. */
int sk_ber_read_int32(struct sk_cursor *c, uint8_t tag, int32_t *out,
                      struct sk_error *err);
int sk_ber_read_uint32(struct sk_cursor *c, uint8_t tag, uint32_t *out,
                       struct sk_error *err);
/* Borrowed content of an OCTET STRING-like TLV of at most MAX bytes. */
int sk_ber_read_octets(struct sk_cursor *c, uint8_t tag, size_t max,
                       const uint8_t **val, size_t *len,
                       struct sk_error *err);
int sk_ber_read_oid(struct sk_cursor *c, struct sk_oid *out,
                    struct sk_error *err);

/* ---- encoding (ber.c) ---- */

/* Start writing backwards into BUF[0..CAP). */
void sk_ber_writer_init(struct sk_writer *w, uint8_t *buf, size_t cap);
/* Bytes written so far; also the mark for sk_ber_wrap. */
size_t sk_ber_written(const struct sk_writer *w);
/* The first byte written (the start of the encoding). */
const uint8_t *sk_ber_data(const struct sk_writer *w);
/* Prepend P[0..N); SK_ERR_TOO_LONG when it does not fit. */
int sk_ber_put(struct sk_writer *w, const void *p, size_t n,
               struct sk_error *err);
/* Prepend a tag and minimal definite length LEN. */
int sk_ber_put_header(struct sk_writer *w, uint8_t tag, size_t len,
                      struct sk_error *err);
/* Close a constructed value opened when sk_ber_written() was MARK. */
int sk_ber_wrap(struct sk_writer *w, uint8_t tag, size_t mark,
                struct sk_error *err);
/* Minimal two's complement INTEGER-form TLVs. */
int sk_ber_put_int(struct sk_writer *w, uint8_t tag, int64_t v,
                   struct sk_error *err);
int sk_ber_put_uint(struct sk_writer *w, uint8_t tag, uint64_t v,
                    struct sk_error *err);
/* String TLV; N above SK_BER_MAX_LEN fails with SK_ERR_TOO_LONG. */
int sk_ber_put_octets(struct sk_writer *w, uint8_t tag, const uint8_t *p,
                      size_t n, struct sk_error *err);
/* OID TLV; a first arc > 2, or second arc >= 40 under 0/1, fails with
 * SK_ERR_BAD_ASN1_BUILD. (oid.c) */
int sk_ber_put_oid(struct sk_writer *w, const struct sk_oid *oid,
                   struct sk_error *err);

/* ---- the wire types (value.c, pdu.c); msg.c and sec/ build on these */

/* Decode one value TLV into OUT (overwritten, not freed first); on
 * failure OUT is left NULL-typed and owns nothing.  Opaque-wrapped
 * specials become their own type.  A well-formed TLV of a type SNMP
 * lacks fails with SK_ERR_BAD_TYPE, detail the tag in hex ("4a"). */
int sk_value_decode(struct sk_cursor *c, struct sk_value *out,
                    struct sk_error *err);
/* Prepend the TLV of V; fails on values that do not fit their type. */
int sk_value_encode(struct sk_writer *w, const struct sk_value *v,
                    struct sk_error *err);
/* Decode one PDU TLV; *OUT owns a new PDU on success, NULL on failure.
 * SK_ERR_ASN_PARSE, or SK_ERR_BAD_TYPE from a varbind's value. */
int sk_pdu_decode(struct sk_cursor *c, struct sk_pdu **out,
                  struct sk_error *err);
/* Prepend the TLV of PDU. */
int sk_pdu_encode(struct sk_writer *w, const struct sk_pdu *pdu,
                  struct sk_error *err);

#endif
