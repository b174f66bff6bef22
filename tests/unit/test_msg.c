/* test_msg.c - PDUs and v1/v2c messages: Net-SNMP 5.9.3 packets captured
 * with `snmpget -d` & co. against a local snmpd (decoded, checked and
 * re-encoded byte for byte), every PDU type, the PDU API, and malformed
 * messages - a table here plus the corpus in tests/data/packets - that
 * must all be rejected. */
#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/hex.h"
#include "wire/ber.h"
#include "wire/msg.h"
#include "wire/pdu.h"

#include "check.h"

#define T_TT SK_T_TIMETICKS
#define T_C32 SK_T_COUNTER32
#define T_C64 SK_T_COUNTER64
#define T_G32 SK_T_GAUGE32

struct vector {
    const char *name;
    const char *hex;
    int32_t version;
    const char *community;
    enum sk_pdu_type type;
    uint32_t reqid;
    int32_t es, ei;
    size_t nvbs;
    enum sk_type types[12];
};

static const struct vector vectors[] = {
    {"v2c get request",
     "30819802010104067075626c6963a0818a020468eb3294020100020100307c300c06082b"
     "060102010103000500300e060a2b060102010202010a010500300f060b2b060102011f01"
     "010106010500300c06082b0601020101020005003011060d2b06010201041401017f0000"
     "010500300e060a2b0601020102020105010500300c06082b060102010163000500300c06"
     "082b060102010101630500",
     1, "public", SK_PDU_GET, 0x68eb3294, 0, 0, 8,
     {SK_T_NULL, SK_T_NULL, SK_T_NULL,
      SK_T_NULL, SK_T_NULL, SK_T_NULL,
      SK_T_NULL, SK_T_NULL}},
    {"v2c get response, all read types",
     "3081b302010104067075626c6963a281a5020468eb3294020100020100308196300e0608"
     "2b06010201010300430203b33011060a2b060102010202010a0141030227513012060b2b"
     "060102011f01010106014603022751301606082b06010201010200060a2b06010401bf08"
     "03020a3015060d2b06010201041401017f00000140047f0000013012060a2b0601020102"
     "02010501420400989680300c06082b060102010163008000300c06082b06010201010163"
     "8100",
     1, "public", SK_PDU_RESPONSE, 0x68eb3294, 0, 0, 8,
     {T_TT, T_C32, T_C64,
      SK_T_OID, SK_T_IPADDR, T_G32,
      SK_T_NOSUCHOBJECT, SK_T_NOSUCHINSTANCE}},
    {"v1 get request",
     "303702010004067075626c6963a02a02045547bcb1020100020100301c300c06082b0601"
     "02010105000500300c06082b060102010163000500",
     0, "public", SK_PDU_GET, 0x5547bcb1, 0, 0, 2,
     {SK_T_NULL, SK_T_NULL}},
    {"v1 response noSuchName",
     "303702010004067075626c6963a22a02045547bcb1020102020102301c300c06082b0601"
     "02010105000500300c06082b060102010163000500",
     0, "public", SK_PDU_RESPONSE, 0x5547bcb1, 2, 2, 2,
     {SK_T_NULL, SK_T_NULL}},
    {"v1 get retry",
     "302902010004067075626c6963a01c02045547bcb2020100020100300e300c06082b0601"
     "02010105000500",
     0, "public", SK_PDU_GET, 0x5547bcb2, 0, 0, 1,
     {SK_T_NULL}},
    {"v1 response",
     "302b02010004067075626c6963a21e02045547bcb20201000201003010300e06082b0601"
     "02010105000402766d",
     0, "public", SK_PDU_RESPONSE, 0x5547bcb2, 0, 0, 1,
     {SK_T_OCTETS}},
    {"v2c getnext",
     "302202010104067075626c6963a11502047cbd1d43020100020100300730050601500500",
     1, "public", SK_PDU_GETNEXT, 0x7cbd1d43, 0, 0, 1,
     {SK_T_NULL}},
    {"v2c endOfMibView",
     "302202010104067075626c6963a21502047cbd1d43020100020100300730050601508200",
     1, "public", SK_PDU_RESPONSE, 0x7cbd1d43, 0, 0, 1,
     {SK_T_ENDOFMIBVIEW}},
    {"v2c getbulk",
     "303702010104067075626c6963a52a0204743f24dc020101020102301c300b06072b0601"
     "020101010500300d06092b06010201020201010500",
     1, "public", SK_PDU_GETBULK, 0x743f24dc, 1, 2, 2,
     {SK_T_NULL, SK_T_NULL}},
    {"v2c bulk response",
     "30818402010104067075626c6963a2770204743f24dc0201000201003069304506082b06"
     "01020101010004394c696e757820766d20362e31382e34342d66632d7637363920233120"
     "534d5020505245454d50545f44594e414d4943204030207838365f3634300f060a2b0601"
     "02010202010101020101300f060a2b060102010202010102020102",
     1, "public", SK_PDU_RESPONSE, 0x743f24dc, 0, 0, 3,
     {SK_T_OCTETS, SK_T_INTEGER, SK_T_INTEGER}},
    {"v2c set, every settable type",
     "3081fc020101040770726976617465a381ed02046f15dc8b0201000201003081de300c06"
     "082b060102010104000400300e06082b06010201010400040200ff301006082b06010201"
     "010400020480000000301106082b06010201010400420500ffffffff300d06082b060102"
     "01010400430100301006082b0601020101040040040a010203301706082b060102010104"
     "00060b8837007f81008fffffff7f301306082b0601020101040044079f78043fc0000030"
     "1706082b06010201010400440b9f7908c002000000000000301706082b06010201010400"
     "440b9f7a088000000000000000301806082b06010201010400440c9f7b0900ffffffffff"
     "ffffff",
     1, "private", SK_PDU_SET, 0x6f15dc8b, 0, 0, 11,
     {SK_T_OCTETS, SK_T_OCTETS, SK_T_INTEGER,
      T_G32, T_TT, SK_T_IPADDR,
      SK_T_OID, SK_T_OPAQUE_FLOAT, SK_T_OPAQUE_DOUBLE,
      SK_T_OPAQUE_I64, SK_T_OPAQUE_U64}},
    {"v2c set response wrongValue",
     "3081fc020101040770726976617465a281ed02046f15dc8b02010a0201023081de300c06"
     "082b060102010104000400300e06082b06010201010400040200ff301006082b06010201"
     "010400020480000000301106082b06010201010400420500ffffffff300d06082b060102"
     "01010400430100301006082b0601020101040040040a010203301706082b060102010104"
     "00060b8837007f81008fffffff7f301306082b0601020101040044079f78043fc0000030"
     "1706082b06010201010400440b9f7908c002000000000000301706082b06010201010400"
     "440b9f7a088000000000000000301806082b06010201010400440c9f7b0900ffffffffff"
     "ffffff",
     1, "private", SK_PDU_RESPONSE, 0x6f15dc8b, 10, 2, 11,
     {SK_T_OCTETS, SK_T_OCTETS, SK_T_INTEGER,
      T_G32, T_TT, SK_T_IPADDR,
      SK_T_OID, SK_T_OPAQUE_FLOAT, SK_T_OPAQUE_DOUBLE,
      SK_T_OPAQUE_I64, SK_T_OPAQUE_U64}},
    {"v1 trap",
     "303d02010004067075626c6963a43006092b06010401bf08ce0f40040a01020302010602"
     "0111430500ffffffff3010300e06082b0601020101050004026869",
     0, "public", SK_PDU_TRAP_V1, 0, 0, 0, 1,
     {SK_T_OCTETS}},
    {"v2c trap",
     "305402010104067075626c6963a747020443d9863c0201000201003039300e06082b0601"
     "0201010300430230393017060a2b06010603010104010006092b0601060301010501300e"
     "06082b0601020101050004026869",
     1, "public", SK_PDU_TRAP_V2, 0x43d9863c, 0, 0, 3,
     {T_TT, SK_T_OID, SK_T_OCTETS}},
    {"v2c inform",
     "304402010104067075626c6963a63702046c9cc8a80201000201003029300e06082b0601"
     "0201010300430230393017060a2b06010603010104010006092b0601060301010501",
     1, "public", SK_PDU_INFORM, 0x6c9cc8a8, 0, 0, 2,
     {T_TT, SK_T_OID}},
};

struct bad { const char *name; const char *hex; };

/* The same cases as tests/data/packets (the short ones). */
static const struct bad bads[] = {
    {"outer-len-short",
     "302502010104067075626c6963a019020101020100020100300e300c06082b0601020101"
     "05000500"},
    {"outer-len-long",
     "302702010104067075626c6963a019020101020100020100300e300c06082b0601020101"
     "05000500"},
    {"len-indefinite",
     "308002010104067075626c6963a019020101020100020100300e300c06082b0601020101"
     "050005000000"},
    {"len-0xff",
     "30ff02010104067075626c6963a019020101020100020100300e300c06082b0601020101"
     "05000500"},
    {"len-5-octets",
     "3085000000002602010104067075626c6963a019020101020100020100300e300c06082b"
     "060102010105000500"},
    {"len-huge",
     "30847fffffff02010104067075626c6963a019020101020100020100300e300c06082b06"
     "0102010105000500"},
    {"len-truncated",
     "308201"},
    {"empty-sequence",
     "3000"},
    {"wrong-outer-tag",
     "312602010104067075626c6963a019020101020100020100300e300c06082b0601020101"
     "05000500"},
    {"outer-primitive",
     "102602010104067075626c6963a019020101020100020100300e300c06082b0601020101"
     "05000500"},
    {"version-wrong-tag",
     "302604010104067075626c6963a019020101020100020100300e300c06082b0601020101"
     "05000500"},
    {"version-3",
     "302602010304067075626c6963a019020101020100020100300e300c06082b0601020101"
     "05000500"},
    {"version-2",
     "302602010204067075626c6963a019020101020100020100300e300c06082b0601020101"
     "05000500"},
    {"version-negative",
     "30260201ff04067075626c6963a019020101020100020100300e300c06082b0601020101"
     "05000500"},
    {"version-constructed",
     "3028220302010104067075626c6963a019020101020100020100300e300c06082b060102"
     "010105000500"},
    {"version-empty",
     "3025020004067075626c6963a019020101020100020100300e300c06082b060102010105"
     "000500"},
    {"community-wrong-tag",
     "302602010102067075626c6963a019020101020100020100300e300c06082b0601020101"
     "05000500"},
    {"community-constructed",
     "3028020101240804067075626c6963a019020101020100020100300e300c06082b060102"
     "010105000500"},
    {"community-256",
     "308201220201010482010063636363636363636363636363636363636363636363636363"
     "636363636363636363636363636363636363636363636363636363636363636363636363"
     "636363636363636363636363636363636363636363636363636363636363636363636363"
     "636363636363636363636363636363636363636363636363636363636363636363636363"
     "636363636363636363636363636363636363636363636363636363636363636363636363"
     "636363636363636363636363636363636363636363636363636363636363636363636363"
     "636363636363636363636363636363636363636363636363636363636363636363636363"
     "636363636363636363636363636363a019020101020100020100300e300c06082b060102"
     "010105000500"},
    {"pdu-unknown-tag",
     "302602010104067075626c6963a919020101020100020100300e300c06082b0601020101"
     "05000500"},
    {"pdu-primitive",
     "302602010104067075626c69638019020101020100020100300e300c06082b0601020101"
     "05000500"},
    {"pdu-high-tag",
     "302702010104067075626c6963bf0119020101020100020100300e300c06082b06010201"
     "0105000500"},
    {"pdu-missing",
     "300b02010104067075626c6963"},
    {"pdu-short-header",
     "301502010104067075626c6963a0080201010201003000"},
    {"reqid-overlong",
     "302a02010104067075626c6963a01d02050080000000020100020100300e300c06082b06"
     "0102010105000500"},
    {"reqid-9-bytes",
     "302e02010104067075626c6963a0210209000000000000000001020100020100300e300c"
     "06082b060102010105000500"},
    {"bulk-short-header",
     "301502010104067075626c6963a5080201010201003000"},
    {"vbl-wrong-tag",
     "301802010104067075626c6963a00b0201010201000201003100"},
    {"vbl-trailing",
     "302802010104067075626c6963a01b020101020100020100300e300c06082b0601020101"
     "050005000500"},
    {"vb-trailing",
     "302802010104067075626c6963a01b0201010201000201003010300e06082b0601020101"
     "050005000500"},
    {"vb-missing-value",
     "302402010104067075626c6963a017020101020100020100300c300a06082b0601020101"
     "0500"},
    {"vb-name-not-oid",
     "302102010104067075626c6963a0140201010201000201003009300704036162630500"},
    {"vb-not-sequence",
     "302402010104067075626c6963a017020101020100020100300c06082b06010201010500"
     "0500"},
    {"oid-arc-overflow",
     "302402010104067075626c6963a017020101020100020100300c300a06062b9080808000"
     "0500"},
    {"oid-trailing-continuation",
     "302102010104067075626c6963a0140201010201000201003009300706032b06810500"},
    {"oid-empty",
     "301e02010104067075626c6963a0110201010201000201003006300406000500"},
    {"oid-129-arcs",
     "3081a202010104067075626c6963a081940201010201000201003081883081850681802b"
     "010101010101010101010101010101010101010101010101010101010101010101010101"
     "010101010101010101010101010101010101010101010101010101010101010101010101"
     "010101010101010101010101010101010101010101010101010101010101010101010101"
     "010101010101010101010101010101010101010500"},
    {"oid-value-129-arcs",
     "3081aa02010104067075626c6963a0819c02010102010002010030819030818d06082b06"
     "0102010105000681802b0101010101010101010101010101010101010101010101010101"
     "010101010101010101010101010101010101010101010101010101010101010101010101"
     "010101010101010101010101010101010101010101010101010101010101010101010101"
     "0101010101010101010101010101010101010101010101010101010101"},
    {"value-high-tag",
     "302802010104067075626c6963a01b0201010201000201003010300e06082b0601020101"
     "05005f010100"},
    {"value-constructed-octets",
     "302a02010104067075626c6963a01d0201010201000201003012301006082b0601020101"
     "0500240404026162"},
    {"value-constructed-opaque",
     "302a02010104067075626c6963a01d0201010201000201003012301006082b0601020101"
     "0500640404026162"},
    {"value-nested-9",
     "303002010104067075626c6963a0230201010201000201003018301606082b0601020101"
     "0500300a30083006300430020500"},
    {"value-unknown-app",
     "302702010104067075626c6963a01a020101020100020100300f300d06082b0601020101"
     "0500480100"},
    {"value-bitstring",
     "302802010104067075626c6963a01b0201010201000201003010300e06082b0601020101"
     "050003020080"},
    {"value-boolean",
     "302702010104067075626c6963a01a020101020100020100300f300d06082b0601020101"
     "0500010101"},
    {"value-exception-83",
     "302602010104067075626c6963a019020101020100020100300e300c06082b0601020101"
     "05008300"},
    {"value-null-content",
     "302702010104067075626c6963a01a020101020100020100300f300d06082b0601020101"
     "0500050100"},
    {"value-nosuchobject-content",
     "302702010104067075626c6963a01a020101020100020100300f300d06082b0601020101"
     "0500800100"},
    {"value-int-overlong",
     "302b02010104067075626c6963a01e0201010201000201003013301106082b0601020101"
     "050002050080000000"},
    {"value-int-empty",
     "302602010104067075626c6963a019020101020100020100300e300c06082b0601020101"
     "05000200"},
    {"value-counter32-wide",
     "302b02010104067075626c6963a01e0201010201000201003013301106082b0601020101"
     "050041050100000000"},
    {"value-gauge-two-zeros",
     "302c02010104067075626c6963a01f0201010201000201003014301206082b0601020101"
     "050042060000ffffffff"},
    {"value-timeticks-wide",
     "302b02010104067075626c6963a01e0201010201000201003013301106082b0601020101"
     "050043058000000000"},
    {"value-counter64-wide",
     "302f02010104067075626c6963a0220201010201000201003017301506082b0601020101"
     "05004609010000000000000000"},
    {"value-counter64-10",
     "303002010104067075626c6963a0230201010201000201003018301606082b0601020101"
     "0500460a0000ffffffffffffffff"},
    {"value-ipaddr-3",
     "302902010104067075626c6963a01c0201010201000201003011300f06082b0601020101"
     "050040030a0102"},
    {"value-ipaddr-5",
     "302b02010104067075626c6963a01e0201010201000201003013301106082b0601020101"
     "050040050a01020304"},
    {"value-string-past-varbind",
     "302a02010104067075626c6963a01d0201010201000201003012300e06082b0601020101"
     "0500040361620500"},
    {"trap-agent-addr-3",
     "302602010004067075626c6963a41906072b06010401bf0840030a010202010602011143"
     "01053000"},
    {"trap-no-timestamp",
     "302402010004067075626c6963a41706072b06010401bf0840040a010203020106020111"
     "3000"},
    {"trap-timestamp-integer",
     "302702010004067075626c6963a41a06072b06010401bf0840040a010203020106020111"
     "0201053000"},
    {"trailing-garbage",
     "302602010104067075626c6963a019020101020100020100300e300c06082b0601020101"
     "0500050000"},
    {"two-messages",
     "302602010104067075626c6963a019020101020100020100300e300c06082b0601020101"
     "05000500302602010104067075626c6963a019020101020100020100300e300c06082b06"
     "0102010105000500"},
    {"empty",
     ""},
    {"one-byte",
     "30"},
};

static uint8_t in[70000], out[70000];

static size_t unhex(const char *hex, uint8_t *buf, size_t cap)
{
    long n = sk_hex_decode(hex, 1, buf, cap);

    if (n < 0) {
        fprintf(stderr, "bad hex in test: %.40s\n", hex);
        exit(2);
    }
    return (size_t)n;
}

/* Decode must fail with a parse (or version) error and leave OUT empty. */
static int rejected(const uint8_t *p, size_t n)
{
    struct sk_msg m;
    struct sk_error err;

    memset(&m, 0x5a, sizeof m);
    err.code = SK_ERR_OK;
    if (sk_msg_decode(p, n, &m, &err) == 0) {
        sk_msg_clear(&m);
        return 0;
    }
    return (err.code == SK_ERR_ASN_PARSE ||
            err.code == SK_ERR_BAD_VERSION ||
            err.code == SK_ERR_BAD_TYPE) &&
           m.pdu == NULL && m.community == NULL && m.community_len == 0;
}

static void check_fields(const struct vector *v, const struct sk_msg *m)
{
    size_t i;

    CHECK(m->version == v->version);
    CHECK(m->community_len == strlen(v->community) &&
          memcmp(m->community, v->community, m->community_len) == 0);
    CHECK(m->pdu->type == v->type);
    if (v->type != SK_PDU_TRAP_V1) {
        CHECK((uint32_t)m->pdu->request_id == v->reqid);
        CHECK(m->pdu->error_status == v->es);
        CHECK(m->pdu->error_index == v->ei);
    }
    CHECK(m->pdu->nvbs == v->nvbs);
    for (i = 0; i < m->pdu->nvbs && i < v->nvbs; i++) {
        CHECK(m->pdu->vbs[i].value.type == v->types[i]);
        if (m->pdu->vbs[i].value.type != v->types[i])
            fprintf(stderr, "  %s: varbind %zu has type 0x%02x\n",
                    v->name, i, (unsigned)m->pdu->vbs[i].value.type);
    }
}

static void test_vector(const struct vector *v)
{
    size_t n = unhex(v->hex, in, sizeof in), cut, cap, outlen;
    const uint8_t *enc;
    struct sk_msg m;
    struct sk_error err;
    int ok = 1;

    CHECK(sk_msg_decode(in, n, &m, &err) == 0);
    if (m.pdu == NULL) {
        fprintf(stderr, "  %s: %s\n", v->name, err.detail);
        return;
    }
    check_fields(v, &m);
    CHECK(sk_msg_encode(&m, out, sizeof out, &enc, &outlen, &err) == 0);
    CHECK(outlen == n && memcmp(enc, in, n) == 0);
    if (outlen != n || memcmp(enc, in, n) != 0)
        fprintf(stderr, "  %s: re-encoding differs\n", v->name);
    /* Every short buffer is "Too long", never a partial message. */
    for (cap = 0; cap < n; cap++) {
        err.code = SK_ERR_OK;
        if (sk_msg_encode(&m, out, cap, &enc, &outlen, &err) != -1 ||
            err.code != SK_ERR_TOO_LONG || enc != NULL)
            ok = 0;
    }
    CHECK(ok);
    sk_msg_clear(&m);
    CHECK(m.pdu == NULL && m.community == NULL);
    /* Truncated at every offset, and with one byte too many. */
    ok = 1;
    for (cut = 0; cut < n; cut++) {
        if (!rejected(in, cut)) {
            fprintf(stderr, "  %s: accepted when cut at %zu\n", v->name,
                    cut);
            ok = 0;
        }
    }
    CHECK(ok);
    in[n] = 0x00;
    CHECK(rejected(in, n + 1));
}

static void test_v1_trap_fields(void)
{
    size_t n = unhex(vectors[12].hex, in, sizeof in);
    struct sk_msg m;
    struct sk_error err;
    static const uint32_t ent[] = {1, 3, 6, 1, 4, 1, 8072, 9999};

    CHECK(sk_msg_decode(in, n, &m, &err) == 0);
    if (m.pdu == NULL)
        return;
    CHECK(m.pdu->enterprise.len == 8 &&
          memcmp(m.pdu->enterprise.arc, ent, sizeof ent) == 0);
    CHECK(memcmp(m.pdu->agent_addr, "\x0a\x01\x02\x03", 4) == 0);
    CHECK(m.pdu->generic_trap == 6 && m.pdu->specific_trap == 17);
    CHECK(m.pdu->time_stamp == 4294967295u);
    sk_msg_clear(&m);
}

static void test_bad_table(void)
{
    size_t i, n;

    for (i = 0; i < sizeof bads / sizeof bads[0]; i++) {
        n = unhex(bads[i].hex, in, sizeof in);
        CHECK(rejected(in, n));
        if (!rejected(in, n))
            fprintf(stderr, "  accepted: %s\n", bads[i].name);
    }
}

/* Every file of tests/data/packets/ *.hex holds one message to reject. */
static void test_corpus(void)
{
    static char text[200000];
    char path[4096];
    const char *srcdir = getenv("srcdir");
    DIR *d;
    struct dirent *e;
    FILE *f;
    size_t len, files = 0;
    long n;

    snprintf(path, sizeof path, "%s/tests/data/packets",
             srcdir != NULL ? srcdir : ".");
    d = opendir(path);
    CHECK(d != NULL);
    if (d == NULL)
        return;
    for (e = readdir(d); e != NULL; e = readdir(d)) {
        len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".hex") != 0)
            continue;
        snprintf(path, sizeof path, "%s/tests/data/packets/%s",
                 srcdir != NULL ? srcdir : ".", e->d_name);
        f = fopen(path, "r");
        CHECK(f != NULL);
        if (f == NULL)
            continue;
        len = fread(text, 1, sizeof text - 1, f);
        fclose(f);
        text[len] = '\0';
        n = sk_hex_decode(text, 1, in, sizeof in);
        CHECK(n >= 0);
        CHECK(n >= 0 && rejected(in, (size_t)n));
        if (n >= 0 && !rejected(in, (size_t)n))
            fprintf(stderr, "  accepted: %s\n", e->d_name);
        files++;
    }
    closedir(d);
    CHECK(files >= 50);
}

static size_t encode(const struct sk_msg *m, const uint8_t **enc,
                     struct sk_error *err)
{
    size_t outlen = 0;

    if (sk_msg_encode(m, out, sizeof out, enc, &outlen, err) < 0)
        return 0;
    return outlen;
}

/* Each PDU type built through the API, against hand-assembled bytes. */
static void test_build_each_type(void)
{
    static const uint32_t arcs[] = {1, 3, 6, 1};
    static const enum sk_pdu_type types[] = {
        SK_PDU_GET, SK_PDU_GETNEXT, SK_PDU_RESPONSE, SK_PDU_SET,
        SK_PDU_GETBULK, SK_PDU_INFORM, SK_PDU_TRAP_V2, SK_PDU_REPORT
    };
    char hex[256];
    struct sk_oid name;
    struct sk_msg m, back;
    struct sk_error err;
    const uint8_t *enc;
    size_t i, n, wn;
    int v;

    CHECK(sk_oid_set(&name, arcs, 4, &err) == 0);
    for (v = 0; v < 2; v++) {
        for (i = 0; i < sizeof types / sizeof types[0]; i++) {
            if (v == 0 && i > 3)
                break;
            memset(&m, 0, sizeof m);
            m.version = v;
            m.community = (uint8_t *)"public";
            m.community_len = 6;
            m.pdu = sk_pdu_new(types[i], &err);
            CHECK(m.pdu != NULL);
            if (m.pdu == NULL)
                continue;
            m.pdu->request_id = 1;
            CHECK(sk_pdu_add_null(m.pdu, &name, &err) == 0);
            snprintf(hex, sizeof hex, "30 21 02 01 %02x 04 06 70 75 62 6c 69"
                     " 63 %02x 14 02 01 01 02 01 00 02 01 00 30 09 30 07 06"
                     " 03 2b 06 01 05 00", v, (unsigned)types[i]);
            wn = unhex(hex, in, sizeof in);
            n = encode(&m, &enc, &err);
            CHECK(n == wn && memcmp(enc, in, n) == 0);
            CHECK(sk_msg_decode(enc, n, &back, &err) == 0);
            CHECK(back.pdu != NULL && back.pdu->type == types[i] &&
                  back.version == v && back.pdu->nvbs == 1 &&
                  sk_oid_cmp(&back.pdu->vbs[0].name, &name) == 0);
            sk_msg_clear(&back);
            sk_pdu_free(m.pdu);
        }
    }
}

static void test_build_v1_trap(void)
{
    static const uint32_t arcs[] = {1, 3, 6, 1};
    struct sk_msg m, back;
    struct sk_error err;
    const uint8_t *enc;
    size_t n, wn;

    memset(&m, 0, sizeof m);
    m.community = (uint8_t *)"public";
    m.community_len = 6;
    m.pdu = sk_pdu_new(SK_PDU_TRAP_V1, &err);
    if (m.pdu == NULL)
        exit(2);
    CHECK(sk_oid_set(&m.pdu->enterprise, arcs, 4, &err) == 0);
    memcpy(m.pdu->agent_addr, "\x7f\x00\x00\x01", 4);
    wn = unhex("30 23 02 01 00 04 06 70 75 62 6c 69 63 a4 16 06 03 2b 06 01"
               " 40 04 7f 00 00 01 02 01 00 02 01 00 43 01 00 30 00",
               in, sizeof in);
    n = encode(&m, &enc, &err);
    CHECK(n == wn && memcmp(enc, in, n) == 0);
    CHECK(sk_msg_decode(enc, n, &back, &err) == 0 && back.pdu != NULL &&
          back.pdu->type == SK_PDU_TRAP_V1 && back.pdu->nvbs == 0);
    sk_msg_clear(&back);
    /* v1/v2 PDU mismatches fail as Net-SNMP's snmp_build does */
    m.version = 1;
    CHECK(encode(&m, &enc, &err) == 0 && err.code == SK_ERR_V1_IN_V2);
    m.version = 3;
    CHECK(encode(&m, &enc, &err) == 0 && err.code == SK_ERR_BAD_VERSION);
    m.version = 2;
    CHECK(encode(&m, &enc, &err) == 0 && err.code == SK_ERR_BAD_VERSION);
    m.version = 0;
    m.pdu->type = SK_PDU_GETBULK;
    CHECK(encode(&m, &enc, &err) == 0 && err.code == SK_ERR_V2_IN_V1);
    m.pdu->type = SK_PDU_REPORT;
    CHECK(encode(&m, &enc, &err) == 0 && err.code == SK_ERR_V2_IN_V1);
    sk_pdu_free(m.pdu);
    m.pdu = NULL;
    CHECK(encode(&m, &enc, &err) == 0);
    /* a v3 header is recognised as such, not as garbage */
    n = unhex("30 0b 02 01 03 30 06 02 01 01 02 01 00", in, sizeof in);
    CHECK(sk_msg_decode(in, n, &back, &err) == -1 &&
          err.code == SK_ERR_BAD_VERSION && back.pdu == NULL);
}

static void test_sizes(void)
{
    static uint8_t big[65536];
    static const uint32_t arcs[] = {1, 3, 6, 1, 2, 1, 1, 5, 0};
    struct sk_varbind vb;
    struct sk_msg m, back;
    struct sk_error err;
    const uint8_t *enc;
    size_t n, i;
    clock_t t0;

    memset(&m, 0, sizeof m);
    m.version = 1;
    m.pdu = sk_pdu_new(SK_PDU_SET, &err);
    if (m.pdu == NULL)
        exit(2);
    CHECK(sk_oid_set(&vb.name, arcs, 9, &err) == 0);
    memset(big, 'x', sizeof big);
    CHECK(sk_value_set_bytes(&vb.value, SK_T_OCTETS, big, 65480, &err) == 0);
    CHECK(sk_pdu_add(m.pdu, &vb, &err) == 0);
    sk_value_clear(&vb.value);
    n = encode(&m, &enc, &err);
    CHECK(n > 65480 && n <= SK_MSG_MAX);
    CHECK(sk_msg_decode(enc, n, &back, &err) == 0 && back.pdu != NULL &&
          back.pdu->vbs[0].value.len == 65480);
    sk_msg_clear(&back);
    CHECK(sk_value_set_bytes(&vb.value, SK_T_OCTETS, big, 100, &err) == 0);
    CHECK(sk_pdu_add(m.pdu, &vb, &err) == 0);
    sk_value_clear(&vb.value);
    CHECK(encode(&m, &enc, &err) == 0 && err.code == SK_ERR_TOO_LONG);
    sk_pdu_free(m.pdu);
    /* a full bulk response: thousands of varbinds decode in linear time */
    m.pdu = sk_pdu_new(SK_PDU_RESPONSE, &err);
    if (m.pdu == NULL)
        exit(2);
    for (i = 0; i < 4600; i++)
        CHECK(sk_pdu_add_null(m.pdu, &vb.name, &err) == 0);
    n = encode(&m, &enc, &err);
    CHECK(n > 60000);
    t0 = clock();
    for (i = 0; i < 20; i++) {
        CHECK(sk_msg_decode(enc, n, &back, &err) == 0 &&
              back.pdu->nvbs == 4600);
        sk_msg_clear(&back);
    }
    CHECK((double)(clock() - t0) / CLOCKS_PER_SEC < 5.0);
    sk_pdu_free(m.pdu);
}

static void test_pdu_api(void)
{
    static const uint32_t arcs[] = {1, 3, 6, 1, 2, 1, 1, 5, 0};
    struct sk_varbind vb;
    struct sk_pdu *pdu, *dup;
    struct sk_error err;
    uint8_t s[3] = {'a', 'b', 'c'};
    size_t i;
    int ok = 1;

    CHECK(sk_pdu_new((enum sk_pdu_type)0xa9, &err) == NULL &&
          err.code == SK_ERR_UNKNOWN_PDU);
    sk_pdu_free(NULL);
    pdu = sk_pdu_new(SK_PDU_SET, &err);
    if (pdu == NULL)
        exit(2);
    CHECK(sk_oid_set(&vb.name, arcs, 9, &err) == 0);
    for (i = 0; i < 3; i++) {
        CHECK(sk_value_set_bytes(&vb.value, SK_T_OCTETS, s, 3, &err) == 0);
        vb.name.arc[8] = (uint32_t)i;
        CHECK(sk_pdu_add(pdu, &vb, &err) == 0);
        sk_value_clear(&vb.value);      /* the PDU holds its own copy */
    }
    CHECK(pdu->nvbs == 3 && pdu->vbs[2].value.len == 3 &&
          memcmp(pdu->vbs[2].value.str, "abc", 3) == 0);
    dup = sk_pdu_dup(pdu, &err);
    CHECK(dup != NULL && dup->nvbs == 3 &&
          dup->vbs[0].value.str != pdu->vbs[0].value.str);
    sk_pdu_remove(pdu, 1);
    sk_pdu_remove(pdu, 7);
    CHECK(pdu->nvbs == 2 && pdu->vbs[1].name.arc[8] == 2);
    sk_pdu_free(pdu);
    CHECK(dup != NULL && memcmp(dup->vbs[1].value.str, "abc", 3) == 0);
    sk_pdu_free(dup);
    pdu = sk_pdu_new(SK_PDU_GET, &err);
    if (pdu == NULL)
        exit(2);
    for (i = 0; i < SK_PDU_MAX_VARBINDS; i++) {
        if (sk_pdu_add_null(pdu, &vb.name, &err) < 0)
            ok = 0;
    }
    CHECK(ok && pdu->nvbs == SK_PDU_MAX_VARBINDS);
    CHECK(sk_pdu_add_null(pdu, &vb.name, &err) == -1 &&
          err.code == SK_ERR_TOO_LONG);
    sk_pdu_free(pdu);
}

static void test_errstring(void)
{
    CHECK_STR(sk_pdu_errstring(0), "(noError) No Error");
    CHECK_STR(sk_pdu_errstring(1),
              "(tooBig) Response message would have been too large.");
    CHECK_STR(sk_pdu_errstring(2),
              "(noSuchName) There is no such variable name in this MIB.");
    CHECK_STR(sk_pdu_errstring(3),
              "(badValue) The value given has the wrong type or length.");
    CHECK_STR(sk_pdu_errstring(4), "(readOnly) The two parties used do not "
              "have access to use the specified SNMP PDU.");
    CHECK_STR(sk_pdu_errstring(5), "(genError) A general failure occured");
    CHECK_STR(sk_pdu_errstring(6), "noAccess");
    CHECK_STR(sk_pdu_errstring(7), "wrongType (The set datatype does not "
              "match the data type the agent expects)");
    CHECK_STR(sk_pdu_errstring(8), "wrongLength (The set value has an "
              "illegal length from what the agent expects)");
    CHECK_STR(sk_pdu_errstring(9), "wrongEncoding");
    CHECK_STR(sk_pdu_errstring(10), "wrongValue (The set value is illegal "
              "or unsupported in some way)");
    CHECK_STR(sk_pdu_errstring(11), "noCreation (That table does not "
              "support row creation or that object can not ever be "
              "created)");
    CHECK_STR(sk_pdu_errstring(12), "inconsistentValue (The set value is "
              "illegal or unsupported in some way)");
    CHECK_STR(sk_pdu_errstring(13), "resourceUnavailable (This is likely a "
              "out-of-memory failure within the agent)");
    CHECK_STR(sk_pdu_errstring(14), "commitFailed");
    CHECK_STR(sk_pdu_errstring(15), "undoFailed");
    CHECK_STR(sk_pdu_errstring(16),
              "authorizationError (access denied to that object)");
    CHECK_STR(sk_pdu_errstring(17),
              "notWritable (That object does not support modification)");
    CHECK_STR(sk_pdu_errstring(18),
              "inconsistentName (That object can not currently be created)");
    CHECK_STR(sk_pdu_errstring(19), "Unknown Error");
    CHECK_STR(sk_pdu_errstring(-1), "Unknown Error");
    CHECK_STR(sk_pdu_errstring(1000000), "Unknown Error");
}

static int frame(const char *hex, size_t *total)
{
    size_t n = unhex(hex, in, sizeof in);
    struct sk_error err;

    *total = 0;
    return sk_msg_frame_len(in, n, total, &err);
}

static void test_frame_len(void)
{
    size_t total;

    CHECK(frame("", &total) == 0);
    CHECK(frame("30", &total) == 0);
    CHECK(frame("30 82 01", &total) == 0);
    CHECK(frame("30 03 02 01", &total) == 1 && total == 5);
    CHECK(frame("30 81 98 02", &total) == 1 && total == 155);
    CHECK(frame("30 82 ff fb", &total) == 1 && total == 65535);
    CHECK(frame("30 82 ff fc", &total) == -1);
    CHECK(frame("30 83 01 00 00", &total) == -1);
    CHECK(frame("30 84 ff ff ff ff", &total) == -1);
    CHECK(frame("30 80", &total) == -1);
    CHECK(frame("30 85 00 00 00 00 01", &total) == -1);
    CHECK(frame("30 ff", &total) == -1);
    CHECK(frame("31 03", &total) == -1);
    CHECK(frame("a0 03", &total) == -1);
}

/* A value of a type SNMP lacks fails the whole message, and the code
 * and tag survive the PDU, message and ScopedPDU decoders (the apps
 * print Net-SNMP's "bad type returned (4a)" from them). */
static void test_bad_type(void)
{
    static const char *const msg =
        "30 22 02 01 01 04 06 70 75 62 6c 69 63 a2 15 02 01 01 02 01 00 "
        "02 01 00 30 0a 30 08 06 03 2b 06 01 4a 01 01";
    static const char *const scoped =
        "30 1b 04 00 04 00 a2 15 02 01 01 02 01 00 02 01 00 30 0a 30 08 "
        "06 03 2b 06 01 4a 01 01";
    struct sk_msg m;
    struct sk_scoped_pdu sp;
    struct sk_error err;
    size_t n, used;

    n = unhex(msg, in, sizeof in);
    CHECK(sk_msg_decode(in, n, &m, &err) == -1);
    CHECK(err.code == SK_ERR_BAD_TYPE && m.pdu == NULL);
    CHECK_STR(err.detail, "4a");
    in[n - 3] = 0x30;                   /* a SEQUENCE: the same */
    CHECK(sk_msg_decode(in, n, &m, &err) == -1);
    CHECK(err.code == SK_ERR_BAD_TYPE);
    CHECK_STR(err.detail, "30");
    in[n - 2] = 0x05;                   /* but one running past its end */
    CHECK(sk_msg_decode(in, n, &m, &err) == -1);
    CHECK(err.code == SK_ERR_ASN_PARSE);
    n = unhex(scoped, in, sizeof in);
    CHECK(sk_scoped_pdu_decode(in, n, &sp, &used, &err) == -1);
    CHECK(err.code == SK_ERR_BAD_TYPE && sp.pdu == NULL);
    CHECK_STR(err.detail, "4a");
}

int main(void)
{
    size_t i;

    for (i = 0; i < sizeof vectors / sizeof vectors[0]; i++)
        test_vector(&vectors[i]);
    test_v1_trap_fields();
    test_bad_table();
    test_corpus();
    test_build_each_type();
    test_build_v1_trap();
    test_sizes();
    test_pdu_api();
    test_errstring();
    test_frame_len();
    test_bad_type();
    return CHECK_DONE("test_msg");
}
