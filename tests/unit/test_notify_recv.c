/* test_notify_recv.c - the receiver side of notifications: Net-SNMP
 * 5.9.3 packets captured with `snmptrap -d` / `snmpinform -d` decoded
 * into SNMPv2 form (RFC 3584 3.1 for SNMPv1 traps), the Response that
 * acknowledges an InformRequest (RFC 3416 4.2.7), and malformed or
 * misplaced messages, which must all be rejected with nothing left
 * allocated. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/hex.h"
#include "net/notify_recv.h"

#include "check.h"

/* snmptrap -v1 -c public H .1.3.6.1.4.1.8072.9999 10.1.2.3 6 99 4242
 *   .1.3.6.1.4.1.99999.1 s hi */
static const char v1_specific[] =
    "303B02010004067075626C6963A42E06092B06010401BF08CE0F40040A010203"
    "020106020163430210923011300F06092B06010401868D1F0104026869";
/* the same with generic trap linkUp (2) and .1.3.6.1.2.1.2.2.1.1.2 i 2 */
static const char v1_linkup[] =
    "303B02010004067075626C6963A42E06092B06010401BF08CE0F40040A010203"
    "020102020100430210923011300F060A2B060102010202010102020102";
/* snmptrap -v2c -c public H 123 .1.3.6.1.6.3.1.1.5.3
 *   .1.3.6.1.2.1.2.2.1.1.2 i 2 */
static const char v2c_trap[] =
    "305402010104067075626C6963A74702045B23A6780201000201003039300D06"
    "082B0601020101030043017B3017060A2B06010603010104010006092B060106"
    "0301010503300F060A2B060102010202010102020102";
/* snmpinform -v2c -c priv H 5 .1.3.6.1.6.3.1.1.5.3
 *   .1.3.6.1.2.1.2.2.1.1.2 i 2 */
static const char v2c_inform[] =
    "3052020101040470726976A647020458F8F7240201000201003039300D06082B"
    "060102010103004301053017060A2B06010603010104010006092B0601060301"
    "010503300F060A2B060102010202010102020102";
/* the v2c trap above with an empty community (RFC 1901 allows it) */
static const char v2c_empty[] =
    "304E0201010400A74702045B23A6780201000201003039300D06082B06010201"
    "01030043017B3017060A2B06010603010104010006092B060106030101050330"
    "0F060A2B060102010202010102020102";
/* snmpget -v2c -c public H .1.3.6.1.2.1.1.1.0 */
static const char v2c_get[] =
    "302902010104067075626C6963A01C02044025B357020100020100300E300C06"
    "082B060102010101000500";

static uint8_t pkt[512];

static size_t load(const char *hex)
{
    long n = sk_hex_decode(hex, 1, pkt, sizeof pkt);

    CHECK(n > 0);
    return n > 0 ? (size_t)n : 0;
}

/* Numeric text of O, in a static buffer. */
static const char *oid_text(const struct sk_oid *o)
{
    static char text[256];
    struct sk_buf b;

    sk_buf_init(&b, sizeof text);
    text[0] = '\0';
    if (sk_oid_format_numeric(o, &b) == 0 && b.len < sizeof text) {
        memcpy(text, b.data, b.len);
        text[b.len] = '\0';
    }
    sk_buf_clear(&b);
    return text;
}

static bool is_zero(const struct sk_notification *n)
{
    return n->pdu == NULL && n->v2 == NULL && n->trap_oid.len == 0 &&
           n->community_len == 0;
}

/* Varbind I of PDU is NAME with a value of TYPE. */
static void check_vb(const struct sk_pdu *pdu, size_t i, const char *name,
                     enum sk_type type)
{
    CHECK(i < pdu->nvbs);
    if (i >= pdu->nvbs)
        return;
    CHECK_STR(oid_text(&pdu->vbs[i].name), name);
    CHECK(pdu->vbs[i].value.type == type);
}

/* RFC 3584 3.1 (2) and (3): the SNMPv2 form of an enterpriseSpecific
 * trap. */
static void test_v1_specific(void)
{
    struct sk_notification n;
    struct sk_error err;
    const struct sk_pdu *v2;
    size_t len = load(v1_specific);

    CHECK(sk_notify_recv_decode(pkt, len, &n, &err) == 0);
    CHECK(n.version == SK_VERSION_1 && n.sec_model == 1);
    CHECK(n.community_len == 6 && memcmp(n.community, "public", 6) == 0);
    CHECK(n.pdu != NULL && n.pdu->type == SK_PDU_TRAP_V1);
    CHECK(n.v2 != NULL && n.v2 != n.pdu);
    if (n.pdu == NULL || n.v2 == NULL)
        return;
    CHECK_STR(oid_text(&n.pdu->enterprise), ".1.3.6.1.4.1.8072.9999");
    CHECK(memcmp(n.pdu->agent_addr, "\x0a\x01\x02\x03", 4) == 0);
    CHECK(n.pdu->generic_trap == 6 && n.pdu->specific_trap == 99);
    CHECK(n.pdu->time_stamp == 4242);
    CHECK_STR(oid_text(&n.trap_oid), ".1.3.6.1.4.1.8072.9999.0.99");
    v2 = n.v2;
    CHECK(v2->type == SK_PDU_TRAP_V2 && v2->nvbs == 6);
    check_vb(v2, 0, ".1.3.6.1.2.1.1.3.0", SK_T_TIMETICKS);
    CHECK(v2->nvbs > 0 && v2->vbs[0].value.n.u == 4242);
    check_vb(v2, 1, ".1.3.6.1.6.3.1.1.4.1.0", SK_T_OID);
    if (v2->nvbs > 1 && v2->vbs[1].value.oid != NULL)
        CHECK_STR(oid_text(v2->vbs[1].value.oid),
                  ".1.3.6.1.4.1.8072.9999.0.99");
    check_vb(v2, 2, ".1.3.6.1.4.1.99999.1", SK_T_OCTETS);
    check_vb(v2, 3, ".1.3.6.1.6.3.18.1.3.0", SK_T_IPADDR);
    if (v2->nvbs > 3)
        CHECK(v2->vbs[3].value.len == 4 &&
              memcmp(v2->vbs[3].value.str, "\x0a\x01\x02\x03", 4) == 0);
    check_vb(v2, 4, ".1.3.6.1.6.3.18.1.4.0", SK_T_OCTETS);
    if (v2->nvbs > 4)
        CHECK(v2->vbs[4].value.len == 6 &&
              memcmp(v2->vbs[4].value.str, "public", 6) == 0);
    check_vb(v2, 5, ".1.3.6.1.6.3.1.1.4.3.0", SK_T_OID);
    if (v2->nvbs > 5 && v2->vbs[5].value.oid != NULL)
        CHECK_STR(oid_text(v2->vbs[5].value.oid), ".1.3.6.1.4.1.8072.9999");
    sk_notification_clear(&n);
    CHECK(is_zero(&n));
}

/* A generic trap maps to snmpTraps.(generic + 1). */
static void test_v1_generic(void)
{
    struct sk_notification n;
    struct sk_error err;
    size_t len = load(v1_linkup);

    CHECK(sk_notify_recv_decode(pkt, len, &n, &err) == 0);
    CHECK_STR(oid_text(&n.trap_oid), ".1.3.6.1.6.3.1.1.5.3");
    CHECK(n.v2 != NULL && n.v2->nvbs == 6);
    if (n.v2 != NULL)
        check_vb(n.v2, 2, ".1.3.6.1.2.1.2.2.1.1.2", SK_T_INTEGER);
    sk_notification_clear(&n);
}

/* sk_notify_v1_trap_oid and sk_notify_v1_to_v2 on a PDU built here. */
static void test_v1_api(void)
{
    static const uint32_t ent[] = { 1, 3, 6, 1, 4, 1, 2021 };
    static const char *const want[] = {
        ".1.3.6.1.6.3.1.1.5.1", ".1.3.6.1.6.3.1.1.5.2",
        ".1.3.6.1.6.3.1.1.5.3", ".1.3.6.1.6.3.1.1.5.4",
        ".1.3.6.1.6.3.1.1.5.5", ".1.3.6.1.6.3.1.1.5.6",
        ".1.3.6.1.4.1.2021.0.17",
    };
    struct sk_error err;
    struct sk_pdu *v1 = sk_pdu_new(SK_PDU_TRAP_V1, &err), *v2;
    struct sk_oid o;
    int g;

    CHECK(v1 != NULL);
    if (v1 == NULL)
        return;
    CHECK(sk_oid_set(&v1->enterprise, ent, 7, &err) == 0);
    v1->specific_trap = 17;
    for (g = 0; g <= 6; g++) {
        v1->generic_trap = g;
        CHECK(sk_notify_v1_trap_oid(v1, &o, &err) == 0);
        CHECK_STR(oid_text(&o), want[g]);
    }
    /* no varbinds, empty community: still the five added ones */
    v2 = sk_notify_v1_to_v2(v1, (const uint8_t *)"", 0, &err);
    CHECK(v2 != NULL && v2->nvbs == 5);
    if (v2 != NULL && v2->nvbs == 5) {
        check_vb(v2, 1, ".1.3.6.1.6.3.1.1.4.1.0", SK_T_OID);
        check_vb(v2, 3, ".1.3.6.1.6.3.18.1.4.0", SK_T_OCTETS);
        CHECK(v2->vbs[3].value.len == 0);
    }
    sk_pdu_free(v2);
    sk_pdu_free(v1);
}

static void test_v2c_trap(void)
{
    struct sk_notification n;
    struct sk_error err;
    size_t len = load(v2c_trap);

    CHECK(sk_notify_recv_decode(pkt, len, &n, &err) == 0);
    CHECK(n.version == SK_VERSION_2C && n.sec_model == 2);
    CHECK(n.pdu != NULL && n.v2 == n.pdu);
    if (n.pdu != NULL) {
        CHECK(n.pdu->type == SK_PDU_TRAP_V2);
        CHECK(n.pdu->request_id == 0x5B23A678 && n.pdu->nvbs == 3);
        check_vb(n.pdu, 0, ".1.3.6.1.2.1.1.3.0", SK_T_TIMETICKS);
    }
    CHECK_STR(oid_text(&n.trap_oid), ".1.3.6.1.6.3.1.1.5.3");
    sk_notification_clear(&n);
    CHECK(is_zero(&n));
}

/* An empty community decodes (the sanitizer build checks that nothing
 * copies from the absent buffer) and is acknowledged as empty. */
static void test_empty_community(void)
{
    struct sk_notification n;
    struct sk_error err;
    uint8_t buf[512];
    const uint8_t *out = NULL;
    size_t len = load(v2c_empty), outlen = 0;

    CHECK(sk_notify_recv_decode(pkt, len, &n, &err) == 0);
    CHECK(n.community_len == 0 && n.pdu != NULL);
    CHECK_STR(oid_text(&n.trap_oid), ".1.3.6.1.6.3.1.1.5.3");
    if (n.pdu != NULL) {
        n.pdu->type = SK_PDU_INFORM;
        CHECK(sk_notify_ack_encode(&n, buf, sizeof buf, &out, &outlen,
                                   &err) == 0);
        pkt[7] = 0xa2;
        CHECK(outlen == len && out != NULL && memcmp(out, pkt, len) == 0);
    }
    sk_notification_clear(&n);
}

/* RFC 3416 4.2.7: the Response is the InformRequest with the PDU tag
 * changed - same request-id, error-status 0, same varbinds - which
 * Net-SNMP's minimal encoding makes the same bytes apart from one. */
static void test_inform_ack(void)
{
    struct sk_notification n;
    struct sk_error err;
    uint8_t buf[512], small[40];
    const uint8_t *out = NULL;
    size_t len = load(v2c_inform), outlen = 0;

    CHECK(sk_notify_recv_decode(pkt, len, &n, &err) == 0);
    CHECK(n.pdu != NULL && n.pdu->type == SK_PDU_INFORM);
    CHECK(n.community_len == 4 && memcmp(n.community, "priv", 4) == 0);
    CHECK(sk_notify_ack_encode(&n, buf, sizeof buf, &out, &outlen,
                               &err) == 0);
    pkt[11] = 0xa2;             /* the PDU tag, after "priv" */
    CHECK(outlen == len && out != NULL && memcmp(out, pkt, len) == 0);
    CHECK(sk_notify_ack_encode(&n, small, sizeof small, &out, &outlen,
                               &err) < 0);
    CHECK(err.code == SK_ERR_TOO_LONG);
    sk_notification_clear(&n);
}

/* Decoding P[0..LEN) must fail with nothing allocated. */
static void check_rejected(const uint8_t *p, size_t len, int want)
{
    struct sk_notification n;
    struct sk_error err;

    memset(&n, 0x5a, sizeof n);
    err.code = SK_ERR_OK;
    CHECK(sk_notify_recv_decode(p, len, &n, &err) < 0);
    CHECK(is_zero(&n));
    if (want != 0)
        CHECK(err.code == (enum sk_err)want);
    else
        CHECK(err.code != SK_ERR_OK);
}

/* A message of HEX with byte AT replaced by V must fail with WANT. */
static void check_patched(const char *hex, size_t at, uint8_t v, int want)
{
    size_t len = load(hex);

    pkt[at] = v;
    check_rejected(pkt, len, want);
}

static void test_rejected(void)
{
    static const char *const good[] = {
        v1_specific, v1_linkup, v2c_trap, v2c_inform,
    };
    static const uint8_t huge[] = {
        0x30, 0x84, 0xff, 0xff, 0xff, 0xff, 0x02, 0x01, 0x01,
    };
    uint8_t copy[512];
    size_t g, len, cut;

    /* every proper prefix of a valid message is malformed */
    for (g = 0; g < sizeof good / sizeof good[0]; g++) {
        len = load(good[g]);
        memcpy(copy, pkt, len);
        for (cut = 0; cut < len; cut++)
            check_rejected(copy, cut, 0);
    }
    check_rejected(huge, sizeof huge, SK_ERR_ASN_PARSE);
    /* a GetRequest is no notification */
    check_patched(v2c_get, 0, 0x30, SK_ERR_UNKNOWN_PDU);
    /* RFC 3584 2.1: Trap-PDU only in v1, v2 notifications only in v2c */
    check_patched(v1_specific, 4, 1, SK_ERR_UNKNOWN_PDU);
    check_patched(v2c_trap, 4, 0, SK_ERR_UNKNOWN_PDU);
    check_patched(v2c_inform, 4, 0, SK_ERR_UNKNOWN_PDU);
    /* a Response or Report sent to the receiver is dropped too */
    check_patched(v2c_trap, 13, 0xa2, SK_ERR_UNKNOWN_PDU);
    check_patched(v2c_trap, 13, 0xa8, SK_ERR_UNKNOWN_PDU);
    /* versions that are neither v1 nor v2c */
    check_patched(v2c_trap, 4, 2, 0);
    check_patched(v2c_trap, 4, 3, 0);
    check_patched(v2c_trap, 4, 0x7f, 0);
}

/* Random mutations of valid messages (a fixed-seed LCG, so a failure
 * repeats): each either decodes or fails cleanly; under the sanitizer
 * build nothing may be read out of bounds or leaked. */
static void test_mutations(void)
{
    static const char *const good[] = {
        v1_specific, v1_linkup, v2c_trap, v2c_inform,
    };
    struct sk_notification n;
    struct sk_error err;
    uint32_t seed = 12345;
    size_t g, len, k, flips;
    int i, bad = 0;

    for (i = 0; i < 20000; i++) {
        g = (size_t)i % (sizeof good / sizeof good[0]);
        len = load(good[g]);
        seed = seed * 1103515245u + 12345u;
        flips = 1 + (seed >> 16) % 4;
        for (k = 0; k < flips; k++) {
            seed = seed * 1103515245u + 12345u;
            pkt[(seed >> 8) % len] = (uint8_t)(seed >> 24);
        }
        seed = seed * 1103515245u + 12345u;
        if ((seed >> 16) % 3 == 0)
            len = (seed >> 4) % len;
        if (sk_notify_recv_decode(pkt, len, &n, &err) == 0) {
            if (n.pdu == NULL || n.v2 == NULL)
                bad++;
            sk_notification_clear(&n);
        } else if (!is_zero(&n)) {
            bad++;
        }
    }
    CHECK(bad == 0);
}

int main(void)
{
    struct sk_notification zero;

    memset(&zero, 0, sizeof zero);
    sk_notification_clear(&zero);       /* safe on a zeroed one */
    CHECK(is_zero(&zero));
    test_v1_specific();
    test_v1_generic();
    test_v1_api();
    test_v2c_trap();
    test_empty_community();
    test_inform_ack();
    test_rejected();
    test_mutations();
    return CHECK_DONE("test_notify_recv");
}
