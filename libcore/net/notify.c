/* notify.c - notifications, sender side.
 *
 * The two PDU shapes an originator sends: the SNMPv1 Trap-PDU with its
 * own header fields (RFC 1157 4.1.6), and the SNMPv2-Trap-PDU or
 * InformRequest-PDU whose first two varbinds are sysUpTime.0 and
 * snmpTrapOID.0 (RFC 3416 4.2.6 and 4.2.7).  Also the two host facts
 * Net-SNMP's snmptrap puts in them when the user leaves a field empty,
 * or uses for its own SNMPv3 engine: the uptime and a local engine ID.
 * The session side (who is authoritative) lives in session.c. */
#include "net/notify.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

/* sysUpTime.0 (RFC 3418) and snmpTrapOID.0 (RFC 3418, SNMPv2-MIB) */
static const uint32_t sysuptime0[] = { 1, 3, 6, 1, 2, 1, 1, 3, 0 };
static const uint32_t snmptrapoid0[] = { 1, 3, 6, 1, 6, 3, 1, 1, 4, 1, 0 };

void sk_notify_engine_id(uint8_t out[SK_NOTIFY_ENGINE_ID_LEN])
{
    /* RFC 3411 SnmpEngineID: high bit set + enterprise 8072 (net-snmp),
     * then format octet 128, the enterprise-specific "random" form. */
    static const uint8_t head[5] = { 0x80, 0x00, 0x1f, 0x88, 0x80 };
    uint32_t r = 0;
    int64_t now = (int64_t)time(NULL);

    if (getrandom(&r, sizeof r, GRND_NONBLOCK) != (ssize_t)sizeof r)
        r = (uint32_t)getpid() ^ (uint32_t)clock();
    memcpy(out, head, sizeof head);
    /* Net-SNMP copies the int and the time_t as they lie in memory */
    memcpy(out + 5, &r, sizeof r);
    memcpy(out + 9, &now, sizeof now);
}

/* Net-SNMP's get_uptime() on Linux: /proc/uptime's "SECONDS.CC" read
 * as seconds * 100 + hundredths. */
uint32_t sk_notify_uptime(void)
{
    char text[64];
    FILE *fp = fopen("/proc/uptime", "r");
    size_t n;
    char *end;
    unsigned long secs, cs = 0;

    if (fp == NULL)
        return 0;
    n = fread(text, 1, sizeof text - 1, fp);
    fclose(fp);
    text[n] = '\0';
    secs = strtoul(text, &end, 10);
    if (end == text)
        return 0;
    if (*end == '.')
        cs = strtoul(end + 1, NULL, 10);
    return (uint32_t)(secs * 100 + cs);
}

struct sk_pdu *sk_notify_v1_new(const struct sk_oid *enterprise,
                                const uint8_t agent_addr[4],
                                int32_t generic, int32_t specific,
                                uint32_t uptime, struct sk_error *err)
{
    struct sk_pdu *pdu = sk_pdu_new(SK_PDU_TRAP_V1, err);

    if (pdu == NULL)
        return NULL;
    pdu->enterprise = *enterprise;
    memcpy(pdu->agent_addr, agent_addr, 4);
    pdu->generic_trap = generic;
    pdu->specific_trap = specific;
    pdu->time_stamp = uptime;
    return pdu;
}

/* Append NAME = VALUE (an OID constant) to PDU. */
static int add_const(struct sk_pdu *pdu, const uint32_t *arcs, size_t n,
                     struct sk_value *value, struct sk_error *err)
{
    struct sk_varbind vb;
    int rc;

    memset(&vb, 0, sizeof vb);
    if (sk_oid_set(&vb.name, arcs, n, err) < 0) {
        sk_value_clear(value);
        return -1;
    }
    vb.value = *value;
    rc = sk_pdu_add(pdu, &vb, err);
    sk_value_clear(value);
    return rc;
}

struct sk_pdu *sk_notify_v2_new(enum sk_pdu_type type,
                                const uint32_t *uptime,
                                const struct sk_oid *trap_oid,
                                struct sk_error *err)
{
    struct sk_pdu *pdu = sk_pdu_new(type, err);
    struct sk_value v;

    if (pdu == NULL)
        return NULL;
    memset(&v, 0, sizeof v);
    if (uptime != NULL) {
        sk_value_set_uint(&v, SK_T_TIMETICKS, *uptime);
        if (add_const(pdu, sysuptime0,
                      sizeof sysuptime0 / sizeof sysuptime0[0], &v,
                      err) < 0)
            goto fail;
    }
    if (sk_value_set_oid(&v, trap_oid, err) < 0 ||
        add_const(pdu, snmptrapoid0,
                  sizeof snmptrapoid0 / sizeof snmptrapoid0[0], &v,
                  err) < 0)
        goto fail;
    return pdu;
fail:
    sk_pdu_free(pdu);
    return NULL;
}
