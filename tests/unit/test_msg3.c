/* test_msg3.c - SNMPv3 message framing (RFC 3412 section 6) and the
 * ScopedPDU: Net-SNMP 5.9.3's discovery probe and snmpd's Report,
 * captured with `snmpget -d`, decoded field by field and rebuilt byte
 * for byte; a table of malformed headers that must be rejected. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/hex.h"
#include "sec/usm.h"
#include "wire/ber.h"
#include "wire/msg.h"
#include "wire/pdu.h"

#include "check.h"

/* snmpget -v3 -l authPriv ...: the first datagram (the probe). */
static const char probe_hex[] =
    "303E0201033011020420C3663B020300FFE3040104020103041030"
    "0E0400020100020100040004000400301404000400A00E0204327A"
    "3D79020100020100 3000";
/* snmpd's answer: usmStatsUnknownEngineIDs.0 = Counter32 4. */
static const char report_hex[] =
    "3071020103301102 0420C3663B020300FFE3040100020103042130"
    "1F041180001F888069220575A4B3046B0000000002010102010304"
    "0004000400303604 1180001F888069220575A4B3046B00000000"
    "0400A81F0204327A3D790201000201003011300F060A2B06010603"
    "0F01010400410104";

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

static void test_probe(void)
{
    static uint8_t work[SK_USM_WORK];
    static const struct sk_usm_user nobody;
    struct sk_usm_in m;
    struct sk_error err;
    struct sk_usm_out o;
    struct sk_scoped_pdu sp;
    const uint8_t *enc;
    size_t n = unhex(probe_hex, in, sizeof in), elen;

    CHECK(sk_usm_decode(&nobody, in, n, work, &m, &err) == 0);
    CHECK(m.hdr.msg_id == 0x20C3663B && m.hdr.max_size == 65507);
    CHECK(m.hdr.flags == SK_MSG3_FLAG_REPORTABLE && m.hdr.sec_model == 3);
    CHECK(m.level == SK_SEC_NOAUTH);
    CHECK(m.params.engine_id_len == 0 && m.params.user_len == 0);
    CHECK(m.params.boots == 0 && m.params.time == 0);
    CHECK(m.params.auth_len == 0 && m.params.priv_len == 0);
    CHECK(m.scoped.engine_id_len == 0 && m.scoped.name_len == 0);
    CHECK(m.scoped.pdu != NULL && m.scoped.pdu->type == SK_PDU_GET);
    CHECK(m.scoped.pdu->request_id == 0x327A3D79 && m.scoped.pdu->nvbs == 0);
    /* Rebuilt with our encoder: the same 64 bytes. */
    memset(&o, 0, sizeof o);
    o.msg_id = 0x20C3663B;
    o.level = SK_SEC_NOAUTH;
    o.reportable = true;
    memset(&sp, 0, sizeof sp);
    sp.pdu = m.scoped.pdu;
    CHECK(sk_usm_encode(&nobody, NULL, 0, &o, &sp, work, out, sizeof out,
                        &enc, &elen, &err) == 0);
    CHECK(elen == n && memcmp(enc, in, n) == 0);
    sk_usm_in_clear(&m);
}

static void test_report(void)
{
    static uint8_t work[SK_USM_WORK];
    static const struct sk_usm_user nobody;
    static const uint8_t eid[] = {0x80, 0x00, 0x1F, 0x88, 0x80, 0x69,
                                  0x22, 0x05, 0x75, 0xA4, 0xB3, 0x04,
                                  0x6B, 0x00, 0x00, 0x00, 0x00};
    struct sk_usm_in m;
    struct sk_error err;
    size_t n = unhex(report_hex, in, sizeof in);

    CHECK(sk_usm_decode(&nobody, in, n, work, &m, &err) == 0);
    CHECK(m.hdr.flags == 0 && m.params.boots == 1 && m.params.time == 3);
    CHECK(m.params.engine_id_len == sizeof eid &&
          memcmp(m.params.engine_id, eid, sizeof eid) == 0);
    CHECK(m.scoped.engine_id_len == sizeof eid);
    CHECK(m.scoped.pdu->type == SK_PDU_REPORT && m.scoped.pdu->nvbs == 1);
    CHECK(sk_usm_report_error(m.scoped.pdu, &err) ==
          SK_ERR_UNKNOWN_ENGINE_ID);
    CHECK(m.hdr.sec_params_off == 26);
    sk_usm_in_clear(&m);
}

/* Header-level rejections (sk_msg3_decode), on top of the probe. */
static const struct bad {
    const char *name, *hex;
    enum sk_err code;
} bad[] = {
    {"version 1",
     "3016020101300D020101020201F404010402010304003000",
     SK_ERR_BAD_VERSION},
    {"priv without auth",
     "3016020103300D020101020201F404010202010304003000",
     SK_ERR_ASN_PARSE},
    {"flags two octets",
     "3017020103300E020101020201F40402040002010304003000",
     SK_ERR_ASN_PARSE},
    {"max size 483",
     "3016020103300D020101020201E304010402010304003000",
     SK_ERR_ASN_PARSE},
    {"negative msgID",
     "3016020103300D0201FF020201F404010402010304003000",
     SK_ERR_ASN_PARSE},
    {"model 0",
     "3016020103300D020101020201F404010402010004003000",
     SK_ERR_ASN_PARSE},
    {"plaintext flags, OCTET STRING data",
     "3016020103300D020101020201F404010402010304000400",
     SK_ERR_ASN_PARSE},
    {"priv flags, SEQUENCE data",
     "3016020103300D020101020201F404010302010304003000",
     SK_ERR_ASN_PARSE},
    {"no msgData",
     "3014020103300D020101020201F40401040201030400",
     SK_ERR_ASN_PARSE},
    {"trailing",
     "3016020103300D020101020201F40401040201030400300000",
     SK_ERR_ASN_PARSE},
    {"header missing model",
     "3013020103300A020101020201F404010404003000",
     SK_ERR_ASN_PARSE},
    {"header trailing",
     "3018020103300F020101020201F4040104020103050004003000",
     SK_ERR_ASN_PARSE},
};

static void test_bad(void)
{
    struct sk_msg3 m;
    struct sk_error err;
    size_t n;

    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        n = unhex(bad[i].hex, in, sizeof in);
        CHECK(sk_msg3_decode(in, n, &m, &err) == -1);
        CHECK(err.code == bad[i].code);
        if (err.code != bad[i].code)
            fprintf(stderr, "  %s: code %d\n", bad[i].name, err.code);
        CHECK(m.data == NULL && m.sec_params == NULL);
    }
    /* The well-formed base of the table is accepted. */
    n = unhex("3016020103300D020101020201F404010402010304003000", in,
              sizeof in);
    CHECK(sk_msg3_decode(in, n, &m, &err) == 0);
    CHECK(m.data_len == 2 && m.sec_params_len == 0 && m.flags == 4);
}

static void test_scoped(void)
{
    struct sk_scoped_pdu sp, back;
    struct sk_error err;
    struct sk_oid oid = {{1, 3, 6, 1, 2, 1, 1, 5, 0}, 9};
    const uint8_t *enc;
    size_t elen, used;

    memset(&sp, 0, sizeof sp);
    memcpy(sp.engine_id, "\x80\x00\x1f\x88\x01", 5);
    sp.engine_id_len = 5;
    memcpy(sp.name, "ctx", 3);
    sp.name_len = 3;
    sp.pdu = sk_pdu_new(SK_PDU_GETNEXT, &err);
    CHECK(sk_pdu_add_null(sp.pdu, &oid, &err) == 0);
    sp.pdu->request_id = 77;
    CHECK(sk_scoped_pdu_encode(&sp, out, sizeof out, &enc, &elen, &err) ==
          0);
    /* Padding after the ScopedPDU is tolerated, and reported. */
    memcpy(in, enc, elen);
    memset(in + elen, 0, 7);
    CHECK(sk_scoped_pdu_decode(in, elen + 7, &back, &used, &err) == 0);
    CHECK(used == elen && back.engine_id_len == 5 && back.name_len == 3);
    CHECK(memcmp(back.name, "ctx", 3) == 0 && back.pdu->nvbs == 1);
    CHECK(back.pdu->request_id == 77 && back.pdu->type == SK_PDU_GETNEXT);
    sk_scoped_pdu_clear(&back);
    /* A 33-octet contextEngineID is refused both ways. */
    sp.engine_id_len = 33;
    CHECK(sk_scoped_pdu_encode(&sp, out, sizeof out, &enc, &elen, &err) ==
          -1);
    in[0] = 0x30; in[1] = 0x23; in[2] = 0x04; in[3] = 0x21;
    memset(in + 4, 0x80, 33);
    CHECK(sk_scoped_pdu_decode(in, 37, &back, &used, &err) == -1);
    CHECK(back.pdu == NULL);
    sk_pdu_free(sp.pdu);
}

int main(void)
{
    test_probe();
    test_report();
    test_bad();
    test_scoped();
    return CHECK_DONE("test_msg3");
}
