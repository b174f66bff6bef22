/* session_setup.c - from parsed options to an open libcore session. */
#include <string.h>

#include "common/cli.h"
#include "common/opts_int.h"

void cli_session_cfg(const struct cli_opts *o, uint16_t default_port,
                     struct sk_session_cfg *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->peername = o->agent;
    cfg->default_domain = o->default_domain;
    cfg->default_port = o->default_port > 0 && o->default_port <= 65535
                            ? (uint16_t)o->default_port
                            : default_port;
    cfg->version = (enum sk_version)o->version;
    cfg->community = (const uint8_t *)o->community;
    cfg->community_len = o->community != NULL ? strlen(o->community) : 0;
    cfg->retries = o->retries;
    cfg->timeout_us = o->timeout_us;
    if (o->version == SK_VERSION_3)
        cfg->usm = &o->v3.usm;
    cfg->drop = cli_drop_message;
    cfg->drop_ctx = (void *)o;
    if (o->dump) {
        cfg->trace = cli_trace_packet;
        cfg->trace_ctx = (void *)o;
    }
}

struct sk_session *cli_session_open(const struct cli_opts *o,
                                    const struct cli_app *app)
{
    struct sk_session_cfg cfg;
    struct sk_session *s;
    struct sk_error err;

    if (o->version == SK_VERSION_3 && (o->v3.usm.sec_name == NULL ||
                                       o->v3.usm.sec_name[0] == '\0')) {
        if (o->log != NULL)
            fprintf(o->log, "%s: No securityName specified\n", o->prog);
        return NULL;
    }
    if (o->version == SK_VERSION_3 && cli_v3_check_conf_passphrases(o) < 0)
        return NULL;
    cli_session_cfg(o, app->default_port, &cfg);
    cfg.local_addr = o->local_addr;
    s = sk_session_open(&cfg, &err);
    if (s == NULL)
        cli_perror(o, &err);
    return s;
}
