/* notify_args.h - what snmptrap and snmpinform share (notify_args.c). */
#ifndef SK_APPS_NOTIFY_ARGS_H
#define SK_APPS_NOTIFY_ARGS_H

#include "common/cli.h"


/* Open the session of snmptrap (INFORM false) or snmpinform: default
 * port 162, and for SNMPv3 our own engine as net/notify.h describes.
 * On failure prints "snmptrap: ..." as Net-SNMP does, returns NULL. */
struct sk_session *cli_notify_open(const struct cli_opts *o, bool inform);

/* Build the notification from o->args (TRAP-PARAMETERS, then OID TYPE
 * VALUE triples): 0 with *OUT a new PDU the caller frees, else the exit
 * code 1 after printing Net-SNMP's message (and usage where it does). */
int cli_notify_build(const struct cli_opts *o, const struct cli_app *app,
                     bool inform, struct sk_pdu **out);

#endif
