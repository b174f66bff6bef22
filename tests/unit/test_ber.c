/* test_ber.c - the BER cursor, the reverse writer and value coding:
 * byte-exact round trips of every type's edge values (vectors as
 * Net-SNMP 5.9.3 encodes them, captured with snmpset -d) and a table of
 * inputs that must be rejected. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/hex.h"
#include "wire/ber.h"
#include "wire/value.h"

#include "check.h"

static uint8_t wbuf[70000];

static size_t unhex(const char *hex, uint8_t *out, size_t cap)
{
    long n = sk_hex_decode(hex, 1, out, cap);

    if (n < 0) {
        fprintf(stderr, "bad hex in test: %s\n", hex);
        exit(2);
    }
    return (size_t)n;
}

static int same_value(const struct sk_value *a, const struct sk_value *b)
{
    if (a->type != b->type)
        return 0;
    switch (a->type) {
    case SK_T_INTEGER:
    case SK_T_OPAQUE_I64:
        return a->n.i == b->n.i;
    case SK_T_OPAQUE_FLOAT:
        return memcmp(&a->n.f, &b->n.f, sizeof a->n.f) == 0;
    case SK_T_OPAQUE_DOUBLE:
        return memcmp(&a->n.d, &b->n.d, sizeof a->n.d) == 0;
    case SK_T_OCTETS:
    case SK_T_IPADDR:
    case SK_T_OPAQUE:
    case SK_T_NSAP:
        return a->len == b->len &&
               (a->len == 0 || memcmp(a->str, b->str, a->len) == 0);
    case SK_T_OID:
        return a->oid->len == b->oid->len &&
               memcmp(a->oid->arc, b->oid->arc,
                      a->oid->len * sizeof a->oid->arc[0]) == 0;
    case SK_T_NULL:
    case SK_T_NOSUCHOBJECT:
    case SK_T_NOSUCHINSTANCE:
    case SK_T_ENDOFMIBVIEW:
        return 1;
    default:
        return a->n.u == b->n.u;
    }
}

/* Encode V and compare with HEX; decode HEX and compare with V; then
 * check every smaller buffer fails with SK_ERR_TOO_LONG. */
static void round_trip(const struct sk_value *v, const char *hex)
{
    static uint8_t want[70000];
    size_t n = unhex(hex, want, sizeof want), cap;
    struct sk_writer w;
    struct sk_cursor c;
    struct sk_value got;
    struct sk_error err;

    sk_ber_writer_init(&w, wbuf, sizeof wbuf);
    CHECK(sk_value_encode(&w, v, &err) == 0);
    CHECK(sk_ber_written(&w) == n &&
          memcmp(sk_ber_data(&w), want, n) == 0);
    if (sk_ber_written(&w) != n || memcmp(sk_ber_data(&w), want, n) != 0)
        fprintf(stderr, "  encoding differs for %.60s\n", hex);
    sk_ber_init(&c, want, n);
    CHECK(sk_value_decode(&c, &got, &err) == 0);
    CHECK(sk_ber_done(&c, &err) == 0);
    CHECK(same_value(&got, v));
    sk_value_clear(&got);
    for (cap = n > 40 ? n - 40 : 0; cap < n; cap++) {
        sk_ber_writer_init(&w, wbuf, cap);
        err.code = SK_ERR_OK;
        CHECK(sk_value_encode(&w, v, &err) == -1);
        CHECK(err.code == SK_ERR_TOO_LONG);
    }
}

static void rt_int(int64_t i, const char *hex)
{
    struct sk_value v;

    sk_value_set_int(&v, SK_T_INTEGER, i);
    round_trip(&v, hex);
}

static void rt_uint(enum sk_type t, uint64_t u, const char *hex)
{
    struct sk_value v;

    sk_value_set_uint(&v, t, u);
    round_trip(&v, hex);
}

static void test_numbers(void)
{
    rt_int(INT32_MIN, "02 04 80 00 00 00");
    rt_int(-1, "02 01 ff");
    rt_int(0, "02 01 00");
    rt_int(127, "02 01 7f");
    rt_int(128, "02 02 00 80");
    rt_int(-128, "02 01 80");
    rt_int(-129, "02 02 ff 7f");
    rt_int(INT32_MAX, "02 04 7f ff ff ff");
    rt_uint(SK_T_COUNTER32, 0, "41 01 00");
    rt_uint(SK_T_COUNTER32, UINT32_MAX, "41 05 00 ff ff ff ff");
    rt_uint(SK_T_GAUGE32, 0, "42 01 00");
    rt_uint(SK_T_GAUGE32, UINT32_MAX, "42 05 00 ff ff ff ff");
    rt_uint(SK_T_GAUGE32, 10000000, "42 04 00 98 96 80");
    rt_uint(SK_T_TIMETICKS, 0, "43 01 00");
    rt_uint(SK_T_TIMETICKS, UINT32_MAX, "43 05 00 ff ff ff ff");
    rt_uint(SK_T_UINT32, 255, "47 02 00 ff");
    rt_uint(SK_T_COUNTER64, 0, "46 01 00");
    rt_uint(SK_T_COUNTER64, 141137, "46 03 02 27 51");
    rt_uint(SK_T_COUNTER64, UINT64_MAX,
            "46 09 00 ff ff ff ff ff ff ff ff");
}

static void rt_bytes(enum sk_type t, const uint8_t *p, size_t n,
                     const char *hex)
{
    struct sk_value v;
    struct sk_error err;

    CHECK(sk_value_set_bytes(&v, t, p, n, &err) == 0);
    round_trip(&v, hex);
    sk_value_clear(&v);
}

static void test_strings(void)
{
    static char hex[65540 * 3];
    static uint8_t big[65536];
    struct sk_value v;
    struct sk_writer w;
    struct sk_error err;
    size_t i, n = 0;

    rt_bytes(SK_T_OCTETS, NULL, 0, "04 00");
    rt_bytes(SK_T_OCTETS, (const uint8_t *)"\x00\xff", 2, "04 02 00 ff");
    rt_bytes(SK_T_IPADDR, (const uint8_t *)"\x0a\x01\x02\x03", 4,
             "40 04 0a 01 02 03");
    rt_bytes(SK_T_OPAQUE, (const uint8_t *)"\x01\x02\x03", 3,
             "44 03 01 02 03");
    rt_bytes(SK_T_NSAP, (const uint8_t *)"\x01", 1, "45 01 01");
    memset(big, 'a', sizeof big);
    memcpy(hex, "04 82 ff ff", 11);
    n = 11;
    for (i = 0; i < 65535; i++) {
        memcpy(hex + n, " 61", 3);
        n += 3;
    }
    hex[n] = '\0';
    rt_bytes(SK_T_OCTETS, big, 65535, hex);
    /* 65536 bytes is over the maximum: an error, not a truncation. */
    CHECK(sk_value_set_bytes(&v, SK_T_OCTETS, big, 65536, &err) == 0);
    sk_ber_writer_init(&w, wbuf, sizeof wbuf);
    CHECK(sk_value_encode(&w, &v, &err) == -1 &&
          err.code == SK_ERR_TOO_LONG);
    sk_value_clear(&v);
    CHECK(v.type == SK_T_NULL && v.str == NULL);
}

static void test_specials(void)
{
    struct sk_value v;
    static const enum sk_type nulls[] = {
        SK_T_NULL, SK_T_NOSUCHOBJECT, SK_T_NOSUCHINSTANCE, SK_T_ENDOFMIBVIEW
    };
    static const char *const nullhex[] = {"05 00", "80 00", "81 00",
                                          "82 00"};
    size_t i;

    memset(&v, 0, sizeof v);
    v.type = SK_T_OPAQUE_FLOAT;
    v.n.f = 1.5f;
    round_trip(&v, "44 07 9f 78 04 3f c0 00 00");
    v.n.f = -INFINITY;
    round_trip(&v, "44 07 9f 78 04 ff 80 00 00");
    memset(&v, 0, sizeof v);
    v.type = SK_T_OPAQUE_DOUBLE;
    v.n.d = -2.25;
    round_trip(&v, "44 0b 9f 79 08 c0 02 00 00 00 00 00 00");
    sk_value_set_int(&v, SK_T_OPAQUE_I64, -5);
    round_trip(&v, "44 04 9f 7a 01 fb");
    sk_value_set_int(&v, SK_T_OPAQUE_I64, INT64_MIN);
    round_trip(&v, "44 0b 9f 7a 08 80 00 00 00 00 00 00 00");
    sk_value_set_int(&v, SK_T_OPAQUE_I64, INT64_MAX);
    round_trip(&v, "44 0b 9f 7a 08 7f ff ff ff ff ff ff ff");
    sk_value_set_uint(&v, SK_T_OPAQUE_U64, UINT64_MAX);
    round_trip(&v, "44 0c 9f 7b 09 00 ff ff ff ff ff ff ff ff");
    sk_value_set_uint(&v, SK_T_OPAQUE_U64, 0);
    round_trip(&v, "44 04 9f 7b 01 00");
    sk_value_set_uint(&v, SK_T_OPAQUE_COUNTER64, UINT64_MAX);
    round_trip(&v, "44 0c 9f 76 09 00 ff ff ff ff ff ff ff ff");
    for (i = 0; i < 4; i++) {
        sk_value_set_null(&v);
        v.type = nulls[i];
        round_trip(&v, nullhex[i]);
    }
}

/* Decode HEX as one value; return the type or -1 on failure. */
static int decode_hex(const char *hex, struct sk_value *out)
{
    static uint8_t in[256];
    size_t n = unhex(hex, in, sizeof in);
    struct sk_cursor c;
    struct sk_error err;

    sk_ber_init(&c, in, n);
    if (sk_value_decode(&c, out, &err) < 0) {
        CHECK(err.code == SK_ERR_ASN_PARSE || err.code == SK_ERR_BAD_TYPE);
        CHECK(out->type == SK_T_NULL && out->str == NULL &&
              out->oid == NULL);
        return -1;
    }
    if (sk_ber_done(&c, &err) < 0) {
        sk_value_clear(out);
        return -1;
    }
    return (int)out->type;
}

struct lenient {
    const char *hex;
    enum sk_type type;
    uint64_t u;     /* expected n.u (or n.i as two's complement) */
};

/* Encodings that are not minimal but that Net-SNMP accepts. */
static const struct lenient lenients[] = {
    {"02 02 00 01", SK_T_INTEGER, 1},
    {"02 02 ff ff", SK_T_INTEGER, UINT64_MAX},
    {"02 08 ff ff ff ff 80 00 00 00", SK_T_INTEGER, (uint64_t)INT32_MIN},
    {"02 05 00 7f ff ff ff", SK_T_INTEGER, INT32_MAX},
    {"41 04 ff ff ff ff", SK_T_COUNTER32, UINT32_MAX},
    {"41 01 ff", SK_T_COUNTER32, 255},  /* Net-SNMP 5.9.3 reads 255 */
    {"42 02 80 00", SK_T_GAUGE32, 0x8000},
    {"42 05 00 00 00 00 01", SK_T_GAUGE32, 1},
    {"43 02 00 05", SK_T_TIMETICKS, 5},
    {"46 01 ff", SK_T_COUNTER64, 255},
    {"46 08 ff ff ff ff ff ff ff ff", SK_T_COUNTER64, UINT64_MAX},
    {"46 09 00 00 00 00 00 00 00 00 01", SK_T_COUNTER64, 1},
    {"44 05 9f 76 02 00 80", SK_T_OPAQUE_COUNTER64, 128},
    /* malformed specials stay raw Opaque */
    {"44 06 9f 78 03 00 00 00", SK_T_OPAQUE, 0},
    {"44 05 9f 7a 01 01 00", SK_T_OPAQUE, 0},
    {"44 03 9f 7a 02", SK_T_OPAQUE, 0},
    {"44 03 9f 70 00", SK_T_OPAQUE, 0},
    {"44 02 9f 78", SK_T_OPAQUE, 0},
    {"44 03 9f 7a 00", SK_T_OPAQUE, 0},
    {"44 00", SK_T_OPAQUE, 0},
};

static const char *const rejects[] = {
    "",                             /* nothing */
    "02",                           /* no length */
    "02 01",                        /* no content */
    "02 00",                        /* empty INTEGER */
    "02 05 00 80 00 00 00",         /* 2^31 */
    "02 05 ff 7f ff ff ff",         /* -2^31-1 */
    "02 09 00 00 00 00 00 00 00 00 01", /* wider than Net-SNMP's long */
    "02 80 01 00 00",               /* indefinite length */
    "02 ff 01",                     /* reserved length byte */
    "02 85 00 00 00 00 01 00",      /* 5 length octets */
    "02 84 ff ff ff ff 00",         /* huge length */
    "02 81",                        /* truncated long length */
    "22 03 02 01 00",               /* constructed INTEGER */
    "24 00",                        /* constructed OCTET STRING */
    "1f 01 00",                     /* high tag form */
    "5f 02 01 00",                  /* high tag, application class */
    "41 05 01 00 00 00 00",         /* Counter32 2^32 */
    "41 06 00 00 ff ff ff ff",      /* two leading zeros */
    "41 00",
    "43 05 80 00 00 00 00",
    "46 09 01 00 00 00 00 00 00 00 00", /* 2^64 */
    "46 0a 00 00 ff ff ff ff ff ff ff ff",
    "46 00",
    "40 03 01 02 03",               /* IpAddress of length 3 */
    "40 05 01 02 03 04 05",
    "40 00",
    "05 01 00",                     /* non-empty NULL */
    "80 01 00", "81 01 00", "82 02 00 00",
    "03 02 00 80",                  /* BIT STRING: not an SMI value */
    "48 01 00",                     /* unknown application tag */
    "49 00", "83 00", "a0 00", "30 00", "01 01 00", "0c 00",
    "06 00",                        /* empty OID */
    "06 01 81",                     /* trailing continuation bit */
    "06 06 2b 90 80 80 80 00",      /* arc 2^32 */
    "04 05 61 62",                  /* length beyond data */
};

static void test_decode_table(void)
{
    struct sk_value v;
    size_t i;

    for (i = 0; i < sizeof lenients / sizeof lenients[0]; i++) {
        int t = decode_hex(lenients[i].hex, &v);

        CHECK(t == (int)lenients[i].type);
        if (t != (int)lenients[i].type)
            fprintf(stderr, "  lenient %zu: %s -> %d\n", i,
                    lenients[i].hex, t);
        if (t != SK_T_OPAQUE)
            CHECK(v.n.u == lenients[i].u);
        sk_value_clear(&v);
    }
    for (i = 0; i < sizeof rejects / sizeof rejects[0]; i++) {
        int t = decode_hex(rejects[i], &v);

        CHECK(t == -1);
        if (t != -1) {
            fprintf(stderr, "  accepted: %s\n", rejects[i]);
            sk_value_clear(&v);
        }
    }
}

/* Well-formed TLVs of a type SNMP lacks: SK_ERR_BAD_TYPE with the tag
 * as Net-SNMP logs it ("bad type returned (%x)"); malformed ones, and
 * the BIT STRING Net-SNMP knows but we do not, stay ASN.1 errors. */
static const struct {
    const char *hex;
    const char *detail;     /* NULL: SK_ERR_ASN_PARSE */
} bad_types[] = {
    {"4a 01 01", "4a"},
    {"48 00", "48"},
    {"01 01 ff", "1"},
    {"0c 00", "c"},
    {"83 00", "83"},
    {"30 03 02 01 01", "30"},
    {"30 02 30 00", "30"},
    {"a0 00", "a0"},
    {"24 00", "24"},
    {"30 05 02 01", NULL},          /* length beyond the data */
    {"4a 02 01", NULL},
    {"3f 01 00", NULL},             /* high tag form */
    {"03 02 00 80", NULL},
};

static void test_bad_types(void)
{
    static uint8_t in[64];
    struct sk_value v;
    struct sk_cursor c;
    struct sk_error err;
    size_t i, n;

    for (i = 0; i < sizeof bad_types / sizeof bad_types[0]; i++) {
        n = unhex(bad_types[i].hex, in, sizeof in);
        sk_ber_init(&c, in, n);
        memset(&err, 0, sizeof err);
        CHECK(sk_value_decode(&c, &v, &err) == -1);
        CHECK(v.type == SK_T_NULL && v.str == NULL && v.oid == NULL);
        if (bad_types[i].detail == NULL) {
            CHECK(err.code == SK_ERR_ASN_PARSE);
        } else {
            CHECK(err.code == SK_ERR_BAD_TYPE);
            CHECK_STR(err.detail, bad_types[i].detail);
        }
    }
}

/* Helpers for building nested SEQUENCEs of depth D around "05 00". */
static size_t nest(uint8_t *out, unsigned d)
{
    size_t n = 2, i;

    for (i = 0; i < d; i++) {
        memmove(out + 2, out, n);
        out[0] = 0x30;
        out[1] = (uint8_t)n;
        n += 2;
    }
    return n;
}

static int enter_all(const uint8_t *p, size_t n, unsigned d)
{
    struct sk_cursor c[12];
    struct sk_error err;
    unsigned i;

    sk_ber_init(&c[0], p, n);
    for (i = 0; i < d; i++) {
        if (sk_ber_enter(&c[i], 0x30, &c[i + 1], &err) < 0)
            return -1;
    }
    return 0;
}

static void test_cursor(void)
{
    uint8_t b[64] = {0x05, 0x00};
    struct sk_cursor c, child;
    struct sk_error err;
    const uint8_t *val;
    size_t n, len;
    uint8_t tag;

    n = nest(b, 8);
    CHECK(enter_all(b, n, 8) == 0);
    b[0] = 0x05;
    b[1] = 0x00;
    n = nest(b, 9);
    CHECK(enter_all(b, n, 9) == -1);
    /* child cursors end exactly at the value; trailing bytes fail */
    n = unhex("30 04 05 00 05 00 05 00", b, sizeof b);
    sk_ber_init(&c, b, n);
    CHECK(sk_ber_enter(&c, 0x30, &child, &err) == 0);
    CHECK(sk_ber_read_prim(&child, 0x05, &val, &len, &err) == 0);
    CHECK(sk_ber_done(&child, &err) == -1 && err.code == SK_ERR_ASN_PARSE);
    CHECK(sk_ber_read_prim(&child, 0x05, &val, &len, &err) == 0);
    CHECK(sk_ber_done(&child, &err) == 0);
    CHECK(sk_ber_done(&c, &err) == -1);
    CHECK(sk_ber_left(&c) == 2);
    CHECK(sk_ber_take(&c, 3, &val, &err) == -1 && sk_ber_left(&c) == 2);
    CHECK(sk_ber_peek(&c, &tag) == 0 && tag == 0x05);
    /* a primitive tag where a constructed one is wanted */
    n = unhex("30 00", b, sizeof b);
    sk_ber_init(&c, b, n);
    CHECK(sk_ber_read_any(&c, &tag, &val, &len, &err) == -1);
    n = unhex("10 00", b, sizeof b);
    sk_ber_init(&c, b, n);
    CHECK(sk_ber_enter(&c, 0x10, &child, &err) == -1);
    /* non-minimal long lengths are read; an empty cursor is done */
    n = unhex("04 81 01 61 04 84 00 00 00 00", b, sizeof b);
    sk_ber_init(&c, b, n);
    CHECK(sk_ber_read_prim(&c, 0x04, &val, &len, &err) == 0 && len == 1);
    CHECK(sk_ber_read_prim(&c, 0x04, &val, &len, &err) == 0 && len == 0);
    CHECK(sk_ber_done(&c, &err) == 0);
    sk_ber_init(&c, NULL, 0);
    CHECK(sk_ber_left(&c) == 0 && sk_ber_peek(&c, &tag) == -1);
}

static void test_header_lengths(void)
{
    struct sk_writer w;
    struct sk_error err;
    uint8_t b[8];

    sk_ber_writer_init(&w, b, sizeof b);
    CHECK(sk_ber_put_header(&w, 0x30, 0x80, &err) == 0);
    CHECK(sk_ber_written(&w) == 3 && memcmp(sk_ber_data(&w),
                                            "\x30\x81\x80", 3) == 0);
    sk_ber_writer_init(&w, b, sizeof b);
    CHECK(sk_ber_put_header(&w, 0x30, 0x100, &err) == 0);
    CHECK(sk_ber_written(&w) == 4 && memcmp(sk_ber_data(&w),
                                            "\x30\x82\x01\x00", 4) == 0);
    sk_ber_writer_init(&w, b, sizeof b);
    CHECK(sk_ber_put_header(&w, 0x30, 0x10000, &err) == 0);
    CHECK(sk_ber_written(&w) == 5);
    sk_ber_writer_init(&w, b, 2);
    CHECK(sk_ber_put_header(&w, 0x30, 0x80, &err) == -1 &&
          err.code == SK_ERR_TOO_LONG && sk_ber_written(&w) == 0);
}

static void test_encode_errors(void)
{
    struct sk_value v, copy;
    struct sk_writer w;
    struct sk_error err;
    struct sk_oid oid = {{1, 3, 6, 1}, 4};

    sk_ber_writer_init(&w, wbuf, sizeof wbuf);
    sk_value_set_int(&v, SK_T_INTEGER, (int64_t)INT32_MAX + 1);
    CHECK(sk_value_encode(&w, &v, &err) == -1 &&
          err.code == SK_ERR_BAD_ASN1_BUILD);
    sk_value_set_uint(&v, SK_T_COUNTER32, (uint64_t)UINT32_MAX + 1);
    CHECK(sk_value_encode(&w, &v, &err) == -1);
    CHECK(sk_value_set_bytes(&v, SK_T_IPADDR, (const uint8_t *)"abc", 3,
                             &err) == 0);
    CHECK(sk_value_encode(&w, &v, &err) == -1);
    sk_value_clear(&v);
    sk_value_set_null(&v);
    v.type = (enum sk_type)0x99;
    CHECK(sk_value_encode(&w, &v, &err) == -1 && err.code == SK_ERR_BAD_TYPE);
    CHECK(sk_ber_written(&w) == 0);
    /* copies are deep */
    CHECK(sk_value_set_oid(&v, &oid, &err) == 0);
    CHECK(sk_value_copy(&copy, &v, &err) == 0);
    CHECK(copy.oid != v.oid && same_value(&copy, &v));
    sk_value_clear(&v);
    round_trip(&copy, "06 03 2b 06 01");
    sk_value_clear(&copy);
    CHECK(sk_value_set_bytes(&v, SK_T_OCTETS, (const uint8_t *)"xy", 2,
                             &err) == 0);
    CHECK(sk_value_copy(&copy, &v, &err) == 0 && copy.str != v.str);
    sk_value_clear(&v);
    CHECK(copy.len == 2 && memcmp(copy.str, "xy", 2) == 0);
    sk_value_clear(&copy);
}

int main(void)
{
    test_cursor();
    test_header_lengths();
    test_numbers();
    test_strings();
    test_specials();
    test_decode_table();
    test_bad_types();
    test_encode_errors();
    return CHECK_DONE("test_ber");
}
