/* test_oid.c - OID helpers, numeric text and the BER OID form
 * (X.690 8.19): edge arcs, first-two-arc packing, 128 arcs, and the
 * encodings that must be rejected. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/hex.h"
#include "wire/ber.h"
#include "wire/oid.h"

#include "check.h"

static struct sk_oid mk(const uint32_t *arcs, size_t n)
{
    struct sk_oid o;
    struct sk_error err;

    if (sk_oid_set(&o, arcs, n, &err) < 0)
        exit(2);
    return o;
}

static void test_compare(void)
{
    static const uint32_t a[] = {1, 3, 6, 1, 2}, b[] = {1, 3, 6, 1, 3};
    struct sk_oid x = mk(a, 5), y = mk(b, 5), p = mk(a, 3), e = mk(a, 0);
    struct sk_error err;
    uint32_t big[SK_OID_MAX + 1] = {0};

    CHECK(sk_oid_cmp(&x, &y) < 0 && sk_oid_cmp(&y, &x) > 0);
    CHECK(sk_oid_cmp(&x, &x) == 0);
    CHECK(sk_oid_cmp(&p, &x) < 0 && sk_oid_cmp(&x, &p) > 0);
    CHECK(sk_oid_cmp(&e, &p) < 0);
    CHECK(sk_oid_has_prefix(&x, &p) && sk_oid_has_prefix(&x, &x));
    CHECK(!sk_oid_has_prefix(&p, &x) && !sk_oid_has_prefix(&y, &x));
    CHECK(sk_oid_has_prefix(&x, &e));
    CHECK(sk_oid_set(&x, big, SK_OID_MAX + 1, &err) == -1 &&
          err.code == SK_ERR_TOO_LONG);
    CHECK(sk_oid_set(&x, big, SK_OID_MAX, &err) == 0 &&
          x.len == SK_OID_MAX);
    CHECK(sk_oid_append(&x, 1, &err) == -1 && err.code == SK_ERR_TOO_LONG);
    CHECK(sk_oid_append(&p, 4294967295u, &err) == 0 && p.len == 4 &&
          p.arc[3] == 4294967295u);
}

static void parse_ok(const char *text, const char *want)
{
    struct sk_oid o;
    struct sk_error err;
    struct sk_buf b;

    sk_buf_init(&b, 4096);
    CHECK(sk_oid_parse_numeric(text, &o, &err) == 0);
    CHECK(sk_oid_format_numeric(&o, &b) == 0);
    CHECK_STR(sk_buf_str(&b), want);
    sk_buf_clear(&b);
}

static void parse_bad(const char *text, enum sk_err code, const char *detail)
{
    struct sk_oid o = {{7}, 1};
    struct sk_error err;

    err.code = SK_ERR_OK;
    CHECK(sk_oid_parse_numeric(text, &o, &err) == -1);
    CHECK(err.code == code);
    if (detail != NULL)
        CHECK_STR(err.detail, detail);
    CHECK(o.len == 1 && o.arc[0] == 7);     /* untouched on failure */
}

static void test_text(void)
{
    static char many[SK_OID_MAX * 2 + 8], want[SK_OID_MAX * 2 + 16];
    size_t i, n = 0;

    parse_ok("1.3.6.1", ".1.3.6.1");
    parse_ok(".1.3.6.1", ".1.3.6.1");
    parse_ok("0", ".0");
    parse_ok("1.3.6.1.4294967295", ".1.3.6.1.4294967295");
    parse_ok("2.999.0.00127", ".2.999.0.127");
    parse_bad("", SK_ERR_UNKNOWN_OID, "");
    parse_bad(".", SK_ERR_UNKNOWN_OID, "");
    parse_bad("1.3..6", SK_ERR_UNKNOWN_OID, ".6");
    parse_bad("1.3.6.", SK_ERR_UNKNOWN_OID, "");
    parse_bad("1.3.x", SK_ERR_UNKNOWN_OID, "x");
    parse_bad("1.3.-6", SK_ERR_UNKNOWN_OID, "-6");
    parse_bad("1.3.6 ", SK_ERR_UNKNOWN_OID, " ");
    parse_bad("..1", SK_ERR_UNKNOWN_OID, ".1");
    parse_bad("1.3.4294967296", SK_ERR_UNKNOWN_OID, "4294967296");
    parse_bad("1.3.99999999999999999999999", SK_ERR_UNKNOWN_OID, NULL);
    parse_bad("sysDescr.0", SK_ERR_UNKNOWN_OID, NULL);
    for (i = 0; i < SK_OID_MAX; i++) {
        many[n++] = '1';
        many[n++] = '.';
    }
    many[n - 1] = '\0';
    snprintf(want, sizeof want, ".%s", many);
    parse_ok(many, want);
    many[n - 1] = '.';
    many[n++] = '1';
    many[n] = '\0';
    parse_bad(many, SK_ERR_TOO_LONG, NULL);
}

static size_t enc(const struct sk_oid *o, uint8_t *out, size_t cap,
                  struct sk_error *err)
{
    struct sk_writer w;

    sk_ber_writer_init(&w, out, cap);
    if (sk_ber_put_oid(&w, o, err) < 0)
        return 0;
    memmove(out, sk_ber_data(&w), sk_ber_written(&w));
    return sk_ber_written(&w);
}

static void rt(const uint32_t *arcs, size_t n, const char *hex)
{
    static uint8_t want[1024], got[1024];
    struct sk_oid o = mk(arcs, n), back;
    struct sk_error err;
    struct sk_cursor c;
    long wn = sk_hex_decode(hex, 1, want, sizeof want);
    size_t gn = enc(&o, got, sizeof got, &err), cap;

    CHECK(wn > 0 && gn == (size_t)wn && memcmp(got, want, gn) == 0);
    if (wn <= 0 || gn != (size_t)wn || memcmp(got, want, gn) != 0)
        fprintf(stderr, "  OID encoding differs for %.40s\n", hex);
    sk_ber_init(&c, want, (size_t)wn);
    CHECK(sk_ber_read_oid(&c, &back, &err) == 0 && sk_ber_done(&c, &err)
          == 0);
    CHECK(sk_oid_cmp(&back, &o) == 0);
    for (cap = 0; cap < gn; cap++) {
        CHECK(enc(&o, got, cap, &err) == 0 && err.code == SK_ERR_TOO_LONG);
    }
}

static void test_ber_form(void)
{
    static const uint32_t a1[] = {1, 3, 6, 1};
    static const uint32_t a2[] = {1, 3, 0, 127, 128, 4294967295u};
    static const uint32_t a3[] = {2, 999};
    static const uint32_t a4[] = {0, 0};
    static const uint32_t a5[] = {2, 4294967215u};
    static const uint32_t a6[] = {1, 39, 16383, 16384};
    uint32_t a128[SK_OID_MAX];
    static char hex128[SK_OID_MAX * 3 + 16];
    size_t i, n;

    rt(a1, 4, "06 03 2b 06 01");
    rt(a2, 6, "06 0a 2b 00 7f 81 00 8f ff ff ff 7f");
    rt(a3, 2, "06 02 88 37");
    rt(a4, 2, "06 01 00");
    rt(a5, 2, "06 05 8f ff ff ff 7f");
    rt(a6, 4, "06 06 4f ff 7f 81 80 00");
    for (i = 0; i < SK_OID_MAX; i++)
        a128[i] = i == 0 ? 1 : i == 1 ? 3 : 5;
    n = (size_t)snprintf(hex128, sizeof hex128, "06 7f 2b");
    for (i = 2; i < SK_OID_MAX; i++)
        n += (size_t)snprintf(hex128 + n, sizeof hex128 - n, " 05");
    rt(a128, SK_OID_MAX, hex128);
}

static void test_ber_edges(void)
{
    static const uint32_t bad1[] = {3, 1}, bad2[] = {1, 40};
    static const uint32_t bad3[] = {2, 4294967216u}, one[] = {1};
    uint8_t out[64];
    struct sk_error err;
    struct sk_oid o;

    o = mk(bad1, 2);
    CHECK(enc(&o, out, sizeof out, &err) == 0 &&
          err.code == SK_ERR_BAD_ASN1_BUILD);
    o = mk(bad2, 2);
    CHECK(enc(&o, out, sizeof out, &err) == 0);
    o = mk(bad3, 2);
    CHECK(enc(&o, out, sizeof out, &err) == 0);
    /* Net-SNMP's forms for an empty OID and a lone arc */
    o = mk(one, 0);
    CHECK(enc(&o, out, sizeof out, &err) == 3 &&
          memcmp(out, "\x06\x01\x00", 3) == 0);
    o = mk(one, 1);
    CHECK(enc(&o, out, sizeof out, &err) == 3 &&
          memcmp(out, "\x06\x01\x28", 3) == 0);
}

static int dec(const char *hex)
{
    static uint8_t in[1024];
    long n = sk_hex_decode(hex, 1, in, sizeof in);
    struct sk_oid o;
    struct sk_error err;

    if (n < 0)
        exit(2);
    err.code = SK_ERR_OK;
    if (sk_ber_dec_oid(in, (size_t)n, &o, &err) < 0) {
        CHECK(err.code == SK_ERR_ASN_PARSE);
        return -1;
    }
    return (int)o.len;
}

static void test_ber_rejects(void)
{
    static char hex[SK_OID_MAX * 3 + 16];
    size_t i, n = 0;

    CHECK(dec("") == -1);                   /* empty */
    CHECK(dec("2b 86") == -1);              /* trailing continuation */
    CHECK(dec("ff") == -1);
    CHECK(dec("2b 90 80 80 80 00") == -1);  /* 2^32 */
    CHECK(dec("2b 8f ff ff ff 7f") == 3);   /* 2^32-1 */
    CHECK(dec("2b 80 80 80 80 80 80 01") == 3); /* padding, as Net-SNMP */
    CHECK(dec("90 80 80 80 00") == -1);     /* first subid overflow */
    n += (size_t)snprintf(hex, sizeof hex, "2b");
    for (i = 0; i < SK_OID_MAX - 2; i++)
        n += (size_t)snprintf(hex + n, sizeof hex - n, " 01");
    CHECK(dec(hex) == SK_OID_MAX);
    snprintf(hex + n, sizeof hex - n, " 01");   /* 129 arcs */
    CHECK(dec(hex) == -1);
}

int main(void)
{
    test_compare();
    test_text();
    test_ber_form();
    test_ber_edges();
    test_ber_rejects();
    return CHECK_DONE("test_oid");
}
