/* test_fmt_value.c - OIDs, values and varbind lines against what Net-SNMP
 * 5.9.3 printed with no MIBs loaded (snmp.conf "mibs :").
 *
 * Every expectation was observed with
 *   snmpget -v2c -c public [OPTS] 127.0.0.1:PORT 1.3.6.1.4.1.99999.1
 * against a test agent answering that OID with the value TLV given in
 * the comment (hex), e.g. "(04 03 61 62 63)".  "OPTS" is the -O group or
 * --directive=value shown as the first argument of LINE(). */
#include <stdlib.h>
#include <string.h>

#include "fmt/fmt.h"
#include "check.h"

static const uint32_t name_arcs[] = {1, 3, 6, 1, 4, 1, 99999, 1};
static char got[4096];

static void set_name(struct sk_varbind *vb)
{
    struct sk_error err;

    memset(vb, 0, sizeof *vb);
    CHECK(sk_oid_set(&vb->name, name_arcs, 8, &err) == 0);
}

/* OPTS: "-Oletters" and/or "--token=value" words, space-separated. */
static void apply_opts(struct sk_fmt_opts *o, const char *opts)
{
    char words[256], *w = words, *next;
    struct sk_error err;
    bool used;
    char bad;

    snprintf(words, sizeof words, "%s", opts);
    while (*w != '\0') {
        next = strchr(w, ' ');
        if (next != NULL)
            *next++ = '\0';
        else
            next = w + strlen(w);
        if (strncmp(w, "--", 2) == 0) {
            char *eq = strchr(w, '=');

            *eq = '\0';
            CHECK(sk_fmt_opts_directive(o, w + 2, eq + 1, &err) == 1);
        } else if (*w != '\0') {
            CHECK(sk_fmt_opts_apply(o, w + 2, NULL, &used, &bad) == 0);
        }
        w = next;
    }
}

/* The whole line for VB under OPTS. */
static const char *line_vb(const char *opts, const struct sk_varbind *vb)
{
    struct sk_fmt_opts o;
    struct sk_buf b;
    struct sk_error err;

    sk_fmt_opts_init(&o);
    apply_opts(&o, opts);
    sk_buf_init(&b, 65536);
    got[0] = '\0';
    if (sk_fmt_varbind(&o, NULL, vb, &b, &err) == 0)
        snprintf(got, sizeof got, "%s", sk_buf_str(&b));
    else
        snprintf(got, sizeof got, "(error %d)", (int)err.code);
    sk_buf_clear(&b);
    return got;
}

static const char *line_bytes(const char *opts, enum sk_type t,
                              const char *p, size_t n)
{
    struct sk_varbind vb;
    struct sk_error err;

    set_name(&vb);
    CHECK(sk_value_set_bytes(&vb.value, t, (const uint8_t *)p, n, &err) == 0);
    line_vb(opts, &vb);
    sk_value_clear(&vb.value);
    return got;
}

static const char *line_int(const char *opts, enum sk_type t, int64_t i)
{
    struct sk_varbind vb;

    set_name(&vb);
    sk_value_set_int(&vb.value, t, i);
    return line_vb(opts, &vb);
}

static const char *line_uint(const char *opts, enum sk_type t, uint64_t u)
{
    struct sk_varbind vb;

    set_name(&vb);
    sk_value_set_uint(&vb.value, t, u);
    return line_vb(opts, &vb);
}

static const char *line_real(const char *opts, enum sk_type t, double d)
{
    struct sk_varbind vb;

    set_name(&vb);
    vb.value.type = t;
    if (t == SK_T_OPAQUE_FLOAT)
        vb.value.n.f = (float)d;
    else
        vb.value.n.d = d;
    return line_vb(opts, &vb);
}

static const char *line_oid(const char *opts, const uint32_t *arcs, size_t n)
{
    struct sk_varbind vb;
    struct sk_oid oid;
    struct sk_error err;

    set_name(&vb);
    CHECK(sk_oid_set(&oid, arcs, n, &err) == 0);
    CHECK(sk_value_set_oid(&vb.value, &oid, &err) == 0);
    line_vb(opts, &vb);
    sk_value_clear(&vb.value);
    return got;
}

#define P "iso.3.6.1.4.1.99999.1 = "
#define Q "iso.3.6.1.4.1.99999.1 "
#define STR(opts, s) line_bytes(opts, SK_T_OCTETS, s, sizeof s - 1)

/* 16, 17 and 32 bytes: 00..09 then 'A'... (04 10 ..., 04 11 ..., 04 20) */
static const char b17[] = "\0\1\2\3\4\5\6\7\10\11ABCDEFG";
static const char b32[] = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

static void test_integers(void)
{
    CHECK_STR(line_int("", SK_T_INTEGER, 5), P "INTEGER: 5");   /* 02 01 05 */
    CHECK_STR(line_int("", SK_T_INTEGER, -1), P "INTEGER: -1"); /* 02 01 ff */
    CHECK_STR(line_int("", SK_T_INTEGER, -2147483648LL),        /* 02 04 80.. */
              P "INTEGER: -2147483648");
    CHECK_STR(line_uint("", SK_T_COUNTER32, 256), P "Counter32: 256");
    CHECK_STR(line_uint("", SK_T_COUNTER32, 4294967295u),   /* 41 05 00 ff.. */
              P "Counter32: 4294967295");
    CHECK_STR(line_uint("", SK_T_GAUGE32, 4294967295u),
              P "Gauge32: 4294967295");                    /* 42 04 ff.. */
    CHECK_STR(line_uint("", SK_T_COUNTER64, UINT64_MAX),   /* 46 09 00 ff.. */
              P "Counter64: 18446744073709551615");
    CHECK_STR(line_uint("", SK_T_UINT32, 5), P "5");       /* 47 01 05 */
    CHECK_STR(line_uint("-Oq", SK_T_UINT32, 5), Q "5");
    CHECK_STR(line_int("-Oq", SK_T_INTEGER, 5), Q "5");
    CHECK_STR(line_int("-OQ", SK_T_INTEGER, 5), P "5");
    CHECK_STR(line_int("-Ov", SK_T_INTEGER, 5), "INTEGER: 5");
    CHECK_STR(line_int("-Oqv", SK_T_INTEGER, 5), "5");
    CHECK_STR(line_int("-OQQ", SK_T_INTEGER, 5), P "INTEGER: 5");
    CHECK_STR(line_int("-OqQ", SK_T_INTEGER, 5), P "INTEGER: 5");
    CHECK_STR(line_int("-OQq", SK_T_INTEGER, 5), P "INTEGER: 5");
    CHECK_STR(line_int("-Oqq", SK_T_INTEGER, 5), P "INTEGER: 5");
    CHECK_STR(line_uint("-Oq", SK_T_COUNTER64, UINT64_MAX),
              Q "18446744073709551615");
    CHECK_STR(line_uint("-Oq", SK_T_GAUGE32, 4294967295u), Q "4294967295");
    CHECK_STR(line_uint("-Oq", SK_T_COUNTER32, 256), Q "256");
    /* No MIB: -Oe -Ob -OX -OE -O0 -OU change nothing. */
    CHECK_STR(line_int("-Oe", SK_T_INTEGER, 5), P "INTEGER: 5");
    CHECK_STR(line_int("-Ob -OX -OE -O0 -OU", SK_T_INTEGER, 5),
              P "INTEGER: 5");
}

static void test_timeticks(void)
{
    CHECK_STR(line_uint("", SK_T_TIMETICKS, 200),                 /* 43 01 c8 */
              P "Timeticks: (200) 0:00:02.00");
    /* 43 04 00 d7 1a 7b */
    CHECK_STR(line_uint("", SK_T_TIMETICKS, 14097019),
              P "Timeticks: (14097019) 1 day, 15:09:30.19");
    /* snmpset ... t -1 (echoed back) */
    CHECK_STR(line_uint("", SK_T_TIMETICKS, 4294967295u),
              P "Timeticks: (4294967295) 497 days, 2:27:52.95");
    CHECK_STR(line_uint("", SK_T_TIMETICKS, 0), P "Timeticks: (0) 0:00:00.00");
    CHECK_STR(line_uint("-Oq", SK_T_TIMETICKS, 14097019), Q "1:15:09:30.19");
    CHECK_STR(line_uint("-OQ", SK_T_TIMETICKS, 14097019), P "1:15:09:30.19");
    CHECK_STR(line_uint("-Oqv", SK_T_TIMETICKS, 14097019), "1:15:09:30.19");
    CHECK_STR(line_uint("-Ot", SK_T_TIMETICKS, 14097019), P "14097019");
    CHECK_STR(line_uint("-Otq", SK_T_TIMETICKS, 14097019), Q "14097019");
    CHECK_STR(line_uint("-Ov", SK_T_TIMETICKS, 14097019),
              "Timeticks: (14097019) 1 day, 15:09:30.19");
    CHECK_STR(line_uint("-Ott", SK_T_TIMETICKS, 200),
              P "Timeticks: (200) 0:00:02.00");
    CHECK_STR(line_uint("--numericTimeticks=yes", SK_T_TIMETICKS, 200),
              P "200");
}

static void test_strings(void)
{
    CHECK_STR(STR("", ""), P "\"\"");                         /* 04 00 */
    CHECK_STR(STR("-Oq", ""), Q "\"\"");
    CHECK_STR(STR("-Ox", ""), P "\"\"");
    /* 04 03 61 62 63 */
    CHECK_STR(STR("", "abc"), P "STRING: \"abc\"");
    CHECK_STR(STR("-Oq", "abc"), Q "\"abc\"");
    CHECK_STR(STR("-Oqv", "abc"), "\"abc\"");
    CHECK_STR(STR("-Ov", "abc"), "STRING: \"abc\"");
    /* 04 04 61 62 63 00 */
    CHECK_STR(STR("", "abc\0"), P "Hex-STRING: 61 62 63 00 ");
    /* 04 03 61 0a 62 */
    CHECK_STR(STR("", "a\nb"), P "STRING: \"a\nb\"");
    CHECK_STR(STR("", "\"\\"), P "STRING: \"\\\"\\\\\"");     /* 04 02 22 5c */
    CHECK_STR(STR("-Oq", "\"\\"), Q "\"\\\"\\\\\"");
    /* 04 03 0a 0d 09 */
    CHECK_STR(STR("", "\n\r\t"), P "STRING: \"\n\r\t\"");
    CHECK_STR(STR("", "\1\2"), P "Hex-STRING: 01 02 ");        /* 04 02 01 02 */
    CHECK_STR(STR("", "\xff"), P "Hex-STRING: FF ");           /* 04 01 ff */
    CHECK_STR(STR("", "\t\0"), P "Hex-STRING: 09 00 ");        /* 04 02 09 00 */
    CHECK_STR(STR("-Oq", "\1\2"), Q "\"01 02 \"");
    CHECK_STR(STR("-OQ", "\1\2"), P "\"01 02 \"");
    CHECK_STR(STR("-Oqv", "\1\2"), "\"01 02 \"");
    CHECK_STR(STR("-Ov", "\1\2"), "Hex-STRING: 01 02 ");
    /* -Oa: unprintable bytes become '.', quotes still escaped */
    CHECK_STR(STR("-Oa", "\1\2"), P "STRING: \"..\"");
    /* 04 03 41 00 01 */
    CHECK_STR(STR("-Oa", "A\0\1"), P "STRING: \"A..\"");
    CHECK_STR(STR("-Oa", "a\x80"), P "STRING: \"a.\"");       /* 04 02 61 80 */
    CHECK_STR(STR("-Oa", "a\nb"), P "STRING: \"a\nb\"");
    CHECK_STR(STR("-Ox", "a\nb"), P "Hex-STRING: 61 0A 62 ");
    CHECK_STR(STR("-Ox", "\n\r\t"), P "Hex-STRING: 0A 0D 09 ");
    CHECK_STR(STR("-Oq -Ox", "a\nb"), Q "\"61 0A 62 \"");
    /* a/x set, last wins */
    CHECK_STR(STR("-Oxa", "\1\2"), P "STRING: \"..\"");
    CHECK_STR(STR("-Oax", "a\nb"), P "Hex-STRING: 61 0A 62 ");
    CHECK_STR(STR("-OT", "a\nb"), P "STRING: \"a\nb\"");
    CHECK_STR(STR("-OT", "\1\2"), P "Hex-STRING: 01 02   [..]");
    CHECK_STR(STR("-OT", "A\0\1"), P "Hex-STRING: 41 00 01   [A..]");
    CHECK_STR(STR("-OT", "a\x80"), P "Hex-STRING: 61 80   [a.]");
    CHECK_STR(STR("-OqT", "\1\2"), Q "\"01 02   [..]\"");
    CHECK_STR(STR("-OTx", "a\nb"), P "Hex-STRING: 61 0A 62   [a\nb]");
    CHECK_STR(STR("-OTx", "\n\r\t"), P "Hex-STRING: 0A 0D 09   [\n\r\t]");
    CHECK_STR(STR("-OTT", "\1\2"), P "Hex-STRING: 01 02 ");
}

static void test_hex_lines(void)
{
    CHECK_STR(line_bytes("", SK_T_OCTETS, b17, 16),
              P "Hex-STRING: 00 01 02 03 04 05 06 07 08 09 41 42 43 44 45 46 ");
    CHECK_STR(line_bytes("", SK_T_OCTETS, b17, 17),
              P "Hex-STRING: 00 01 02 03 04 05 06 07 08 09 41 42 43 44 45 46 \n"
                "47 ");
    CHECK_STR(line_bytes("", SK_T_OCTETS, b32, 32),
              P "Hex-STRING: 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 \n"
                "41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 00 ");
    CHECK_STR(line_bytes("-Oa", SK_T_OCTETS, b17, 17),
              P "STRING: \".........\tABCDEFG\"");
    CHECK_STR(line_bytes("-OT", SK_T_OCTETS, b17, 16),
              P "Hex-STRING: 00 01 02 03 04 05 06 07 08 09 41 42 43 44 45 46"
                "   [.........\tABCDEF]");
    CHECK_STR(line_bytes("-OT", SK_T_OCTETS, b17, 17),
              P "Hex-STRING: 00 01 02 03 04 05 06 07 08 09 41 42 43 44 45 46"
                "   [.........\tABCDEF]\n47   [G]");
    CHECK_STR(line_bytes("-OqT", SK_T_OCTETS, b32, 32),
              Q "\"41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41"
                "   [AAAAAAAAAAAAAAAA]\n41 41 41 41 41 41 41 41 41 41 41 41"
                " 41 41 41 00   [AAAAAAAAAAAAAAA.]\"");
    CHECK_STR(line_bytes("-Oq -Ox", SK_T_OCTETS, b17, 17),
              Q "\"00 01 02 03 04 05 06 07 08 09 41 42 43 44 45 46 \n47 \"");
    CHECK_STR(line_bytes("--hexOutputLength=4", SK_T_OCTETS, b17, 17),
              P "Hex-STRING: 00 01 02 03 \n04 05 06 07 \n08 09 41 42 \n"
                "43 44 45 46 \n47 ");
    CHECK_STR(line_bytes("--hexOutputLength=4", SK_T_OCTETS, b17, 16),
              P "Hex-STRING: 00 01 02 03 \n04 05 06 07 \n08 09 41 42 \n"
                "43 44 45 46 ");
    CHECK_STR(line_bytes("--hexOutputLength=4 -OT", SK_T_OCTETS, b17, 17),
              P "Hex-STRING: 00 01 02 03   [....]\n04 05 06 07   [....]\n"
                "08 09 41 42   [.\tAB]\n43 44 45 46   [CDEF]\n47   [G]");
    CHECK_STR(line_bytes("--hexOutputLength=0", SK_T_OCTETS, b17, 17),
              P "Hex-STRING: 00 01 02 03 04 05 06 07 08 09 41 42 43 44 45 46"
                " 47 ");
    CHECK_STR(line_bytes("--hexOutputLength=-1", SK_T_OCTETS, b32, 32),
              P "Hex-STRING: 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41"
                " 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 00 ");
}

static void test_opaque(void)
{
    /* 44 03 01 02 03 */
    CHECK_STR(line_bytes("", SK_T_OPAQUE, "\1\2\3", 3),
              P "OPAQUE: 01 02 03 ");
    CHECK_STR(line_bytes("-Oq", SK_T_OPAQUE, "\1\2\3", 3), Q "01 02 03 ");
    CHECK_STR(line_bytes("-OT", SK_T_OPAQUE, "\1\2\3", 3),
              P "OPAQUE: 01 02 03   [...]");
    CHECK_STR(line_bytes("-OqT", SK_T_OPAQUE, "\1\2\3", 3),
              Q "01 02 03   [...]");
    /* 44 07 9f 78 04 3f c0 00 00 and 44 0b 9f 79 08 3f f8 00.. */
    CHECK_STR(line_real("", SK_T_OPAQUE_FLOAT, 1.5),
              P "Opaque: Float: 1.500000");
    CHECK_STR(line_real("", SK_T_OPAQUE_DOUBLE, 1.5),
              P "Opaque: Float: 1.500000");
    CHECK_STR(line_real("-Oq", SK_T_OPAQUE_FLOAT, 1.5), Q "1.500000");
    CHECK_STR(line_real("-Oq", SK_T_OPAQUE_DOUBLE, 1.5), Q "1.500000");
    CHECK_STR(line_int("", SK_T_OPAQUE_I64, -1), P "Opaque: Int64: -1");
    CHECK_STR(line_int("-Oq", SK_T_OPAQUE_I64, -1), Q "-1");
    CHECK_STR(line_uint("", SK_T_OPAQUE_U64, UINT64_MAX),
              P "Opaque: UInt64: 18446744073709551615");
    CHECK_STR(line_uint("", SK_T_OPAQUE_COUNTER64, 5),
              P "Opaque: Counter64: 5");                 /* 44 04 9f 76 01 05 */
    CHECK_STR(line_uint("-Oq", SK_T_OPAQUE_COUNTER64, 5), Q "5");
    /* -Op: the text is "%" PRECISION "f" handed to printf */
    CHECK_STR(line_real("-Op.3", SK_T_OPAQUE_FLOAT, 1.5),
              P "Opaque: Float: 1.500");
    CHECK_STR(line_real("-Op5.1f", SK_T_OPAQUE_FLOAT, 1.5),
              P "Opaque: Float:   1.5f");
    CHECK_STR(line_real("-Op%.2f", SK_T_OPAQUE_FLOAT, 1.5),
              P "Opaque: Float: %.2ff");
    CHECK_STR(line_real("-Op%.2f", SK_T_OPAQUE_DOUBLE, 1.5),
              P "Opaque: Float: %.2ff");
    CHECK_STR(line_real("--outputPrecision=.2", SK_T_OPAQUE_FLOAT, 1.5),
              P "Opaque: Float: 1.50");
    CHECK_STR(line_real("--outputPrecision=%s", SK_T_OPAQUE_FLOAT, 1.5),
              P "Opaque: Float: %sf");
    /* snmpset ... F 1e40 / D nan (echoed back) */
    CHECK_STR(line_real("", SK_T_OPAQUE_FLOAT, 1e40), P "Opaque: Float: inf");
    /* Our own: a precision printf cannot print safely falls back to %f. */
    CHECK_STR(line_real("-Op*", SK_T_OPAQUE_FLOAT, 1.5),
              P "Opaque: Float: 1.500000");
}

static void test_others(void)
{
    struct sk_varbind vb;
    static const uint32_t a136[] = {1, 3, 6}, a1234[] = {1, 2, 3, 4};
    static const uint32_t a2234[] = {2, 2, 3, 4}, a0[] = {0};

    CHECK_STR(line_oid("", a136, 3), P "OID: iso.3.6");        /* 06 02 2b 06 */
    /* 06 03 2a 03 04 */
    CHECK_STR(line_oid("", a1234, 4), P "OID: iso.2.3.4");
    CHECK_STR(line_oid("", a2234, 4), P "OID: joint-iso-ccitt.2.3.4");
    CHECK_STR(line_oid("", a0, 1), P "OID: ccitt");            /* 06 00 */
    CHECK_STR(line_oid("-Oq", a136, 3), Q "iso.3.6");
    CHECK_STR(line_oid("-Of", a0, 1), ".iso.3.6.1.4.1.99999.1 = OID: .ccitt");
    CHECK_STR(line_oid("-On", a0, 1), ".1.3.6.1.4.1.99999.1 = OID: .0");
    /* 40 04 7f 00 00 01 */
    CHECK_STR(line_bytes("", SK_T_IPADDR, "\177\0\0\1", 4),
              P "IpAddress: 127.0.0.1");
    CHECK_STR(line_bytes("-Oq", SK_T_IPADDR, "\177\0\0\1", 4), Q "127.0.0.1");
    /* 45 02 01 02 */
    CHECK_STR(line_bytes("", SK_T_NSAP, "\1\2", 2),
              P "Variable has bad type");
    CHECK_STR(line_bytes("-Oq", SK_T_NSAP, "\1\2", 2),
              Q "Variable has bad type");
    set_name(&vb);
    sk_value_set_null(&vb.value);
    CHECK_STR(line_vb("", &vb), P "NULL");                      /* 05 00 */
    CHECK_STR(line_vb("-Oq", &vb), Q "NULL");
    vb.value.type = SK_T_NOSUCHOBJECT;                          /* 80 00 */
    CHECK_STR(line_vb("", &vb),
              P "No Such Object available on this agent at this OID");
    CHECK_STR(line_vb("-Oq", &vb),
              Q "No Such Object available on this agent at this OID");
    vb.value.type = SK_T_NOSUCHINSTANCE;                        /* 81 00 */
    CHECK_STR(line_vb("-OQ", &vb),
              P "No Such Instance currently exists at this OID");
    vb.value.type = SK_T_ENDOFMIBVIEW;                          /* 82 00 */
    CHECK_STR(line_vb("-Ov", &vb), "No more variables left in this MIB "
                                   "View (It is past the end of the MIB tree)");
    vb.value.type = (enum sk_type)0x30; /* a tag Net-SNMP cannot print */
    CHECK_STR(line_vb("", &vb), P "Variable has bad type");
}

/* The varbind name itself:  snmpget [OPTS] ... 0.0 2.5.1 1.3.6.1.2.1.1.1.0 */
static const char *name_line(const char *opts, const uint32_t *arcs, size_t n)
{
    struct sk_varbind vb;
    struct sk_error err;

    memset(&vb, 0, sizeof vb);
    CHECK(sk_oid_set(&vb.name, arcs, n, &err) == 0);
    sk_value_set_int(&vb.value, SK_T_INTEGER, 1);
    return line_vb(opts, &vb);
}

static void test_oid_styles(void)
{
    static const uint32_t sys[] = {1, 3, 6, 1, 2, 1, 1, 1, 0};
    static const uint32_t cc[] = {0, 0}, j[] = {2, 5, 1};

    CHECK_STR(name_line("", sys, 9), "iso.3.6.1.2.1.1.1.0 = INTEGER: 1");
    CHECK_STR(name_line("-OS", sys, 9), "iso.3.6.1.2.1.1.1.0 = INTEGER: 1");
    CHECK_STR(name_line("-Os", sys, 9), "iso.3.6.1.2.1.1.1.0 = INTEGER: 1");
    CHECK_STR(name_line("-Of", sys, 9), ".iso.3.6.1.2.1.1.1.0 = INTEGER: 1");
    CHECK_STR(name_line("-Ou", sys, 9), ".iso.3.6.1.2.1.1.1.0 = INTEGER: 1");
    CHECK_STR(name_line("-On", sys, 9), ".1.3.6.1.2.1.1.1.0 = INTEGER: 1");
    CHECK_STR(name_line("-OfS", sys, 9), "iso.3.6.1.2.1.1.1.0 = INTEGER: 1");
    CHECK_STR(name_line("-Ons", sys, 9), "iso.3.6.1.2.1.1.1.0 = INTEGER: 1");
    CHECK_STR(name_line("", cc, 2), "ccitt.0 = INTEGER: 1");
    CHECK_STR(name_line("-Of", cc, 2), ".ccitt.0 = INTEGER: 1");
    CHECK_STR(name_line("-On", cc, 2), ".0.0 = INTEGER: 1");
    CHECK_STR(name_line("", j, 3), "joint-iso-ccitt.5.1 = INTEGER: 1");
    CHECK_STR(name_line("-Ou", j, 3), ".joint-iso-ccitt.5.1 = INTEGER: 1");
    CHECK_STR(name_line("-On", j, 3), ".2.5.1 = INTEGER: 1");
    CHECK_STR(name_line("-Oq", sys, 9), "iso.3.6.1.2.1.1.1.0 1");
    CHECK_STR(name_line("--oidOutputFormat=6", sys, 9), " = INTEGER: 1");
    CHECK_STR(name_line("--oidOutputFormat=7", sys, 9), " = INTEGER: 1");
    CHECK_STR(name_line("--oidOutputFormat=0", sys, 9),
              "iso.3.6.1.2.1.1.1.0 = INTEGER: 1");
    CHECK_STR(name_line("--oidOutputFormat=4", sys, 9),
              ".1.3.6.1.2.1.1.1.0 = INTEGER: 1");
    CHECK_STR(name_line("--suffixPrinting=1", sys, 9),
              "iso.3.6.1.2.1.1.1.0 = INTEGER: 1");
    CHECK_STR(name_line("--printNumericOids=yes", sys, 9),
              ".1.3.6.1.2.1.1.1.0 = INTEGER: 1");
    CHECK_STR(name_line("--printNumericOids=no", sys, 9),
              "iso.3.6.1.2.1.1.1.0 = INTEGER: 1");
    /* The OID value follows the same style: */
    {
        static const uint32_t a136[] = {1, 3, 6};

        CHECK_STR(line_oid("-On", a136, 3),
                  ".1.3.6.1.4.1.99999.1 = OID: .1.3.6");
        CHECK_STR(line_oid("-Of", a136, 3),
                  ".iso.3.6.1.4.1.99999.1 = OID: .iso.3.6");
        CHECK_STR(line_oid("--oidOutputFormat=6", a136, 3), " = OID: ");
    }
}

static void test_opts(void)
{
    struct sk_fmt_opts o;
    bool used;
    char bad = 0;

    sk_fmt_opts_init(&o);
    CHECK(o.oid_style == SK_OIDSTYLE_MODULE && o.hex_line_len == 16);
    /* snmpget -Oz ... -> "Unknown output option passed to -O: z." */
    CHECK(sk_fmt_opts_apply(&o, "qz", NULL, &used, &bad) == -1 && bad == 'z');
    CHECK(o.quick);
    /* -Op .2 takes the next argument; -Op5.1f the rest of the group */
    sk_fmt_opts_init(&o);
    CHECK(sk_fmt_opts_apply(&o, "qp", ".2", &used, &bad) == 0 && used);
    CHECK_STR(o.precision, ".2");
    CHECK(sk_fmt_opts_apply(&o, "p5.1fq", ".9", &used, &bad) == 0 && !used);
    CHECK_STR(o.precision, "5.1fq");
    CHECK(sk_fmt_opts_apply(&o, "p", NULL, &used, &bad) == -1 && bad == 'p');
    CHECK(sk_fmt_opts_apply(&o, "p", "0123456789abcdef", &used, &bad) == -1);
    sk_fmt_opts_init(&o);
    CHECK(sk_fmt_opts_apply(&o, "0bbeEXUvT", NULL, &used, &bad) == 0);
    CHECK(o.two_digit_hex && !o.dont_breakdown && o.numeric_enums &&
          o.escape_quotes && o.extended_index && o.no_units &&
          o.value_only && o.hex_text);
    CHECK(sk_fmt_opts_apply(&o, "0eEXUvT", NULL, &used, &bad) == 0);
    CHECK(!o.two_digit_hex && !o.numeric_enums && !o.escape_quotes &&
          !o.extended_index && !o.no_units && !o.value_only && !o.hex_text);
    CHECK(sk_fmt_opts_apply(&o, "nn", NULL, &used, &bad) == 0 &&
          o.oid_style == SK_OIDSTYLE_NUMERIC);
    CHECK(sk_fmt_opts_apply(&o, "Q", NULL, &used, &bad) == 0 && o.quick &&
          o.quick_equals);
    CHECK(sk_fmt_opts_apply(&o, "Q", NULL, &used, &bad) == 0 && !o.quick &&
          o.quick_equals);
}

static void test_directives(void)
{
    struct sk_fmt_opts o;
    struct sk_error err;

    /* snmp.conf directives; "(null): line 0: Error: Bad integer value"
     * is what snmpget --oidOutputFormat=x prints. */
    sk_fmt_opts_init(&o);
    CHECK(sk_fmt_opts_directive(&o, "oidOutputFormat", "x", &err) == -1);
    CHECK(err.code == SK_ERR_BAD_VALUE);
    CHECK_STR(err.detail, "Bad integer value");
    CHECK(sk_fmt_opts_directive(&o, "quickPrinting", "on", &err) == -1);
    CHECK_STR(err.detail, "Should be yes|no|true|false|0|1");
    CHECK(sk_fmt_opts_directive(&o, "quickPrinting", "2", &err) == -1);
    CHECK(sk_fmt_opts_directive(&o, "quickPrinting", "", &err) == -1);
    CHECK(sk_fmt_opts_directive(&o, "QUICKPRINTING", "Yes", &err) == 1);
    CHECK(o.quick);
    CHECK(sk_fmt_opts_directive(&o, "quickPrinting", "0", &err) == 1);
    CHECK(!o.quick);
    CHECK(sk_fmt_opts_directive(&o, "printHexText", "true extra", &err) == 1);
    CHECK(o.hex_text);
    CHECK(sk_fmt_opts_directive(&o, "noDisplayHint", "1", &err) == 1);
    CHECK(o.no_display_hint);
    CHECK(sk_fmt_opts_directive(&o, "extendedIndex", "FALSE", &err) == 1);
    CHECK(sk_fmt_opts_directive(&o, "hexOutputLength", "8", &err) == 1);
    CHECK(o.hex_line_len == 8);
    CHECK(sk_fmt_opts_directive(&o, "suffixPrinting", "2", &err) == 1);
    CHECK(o.oid_style == SK_OIDSTYLE_MODULE);
    CHECK(sk_fmt_opts_directive(&o, "printNumericOids", "garbage", &err) == 1);
    CHECK(o.oid_style == SK_OIDSTYLE_MODULE);
    CHECK(sk_fmt_opts_directive(&o, "printNumericOids", "1", &err) == 1);
    CHECK(o.oid_style == SK_OIDSTYLE_NUMERIC);
    CHECK(sk_fmt_opts_directive(&o, "outputPrecision", "\"%.1\"", &err) == 1);
    CHECK_STR(o.precision, "%.1");
    CHECK(sk_fmt_opts_directive(&o, "mibs", "ALL", &err) == 0);
}

int main(void)
{
    test_integers();
    test_timeticks();
    test_strings();
    test_hex_lines();
    test_opaque();
    test_others();
    test_oid_styles();
    test_opts();
    test_directives();
    return CHECK_DONE("test_fmt_value");
}
