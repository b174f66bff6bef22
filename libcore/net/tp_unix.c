/* tp_unix.c - AF_UNIX stream sockets ("unix:/path" or a bare "/path"),
 * framed like TCP by the BER length of each message (tp_tcp.c). */
#include "net/transport.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

static const struct sk_transport_ops unix_ops = {
    sk_tp_stream_send, sk_tp_stream_recv, sk_tp_close_fd,
};

/* Net-SNMP names the sent side by the agent's path and the received side
 * by our own socket's name, which for an unbound client is empty and
 * prints as "abstract" (snmpUnixDomain.c's fmtaddr). */
static void describe(struct sk_transport *t)
{
    const struct sockaddr_un *sun = (const struct sockaddr_un *)&t->peer.sa;

    snprintf(t->desc_out, sizeof t->desc_out, "Local IPC: %s",
             sun->sun_path);
    snprintf(t->desc_in, sizeof t->desc_in, "Local IPC: abstract");
}

int sk_tp_unix_open(struct sk_transport *t, const char *spec,
                    struct sk_error *err)
{
    t->fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (t->fd < 0)
        return sk_error_sys(err, SK_ERR_BAD_ADDRESS, errno, "%s", spec);
    if (connect(t->fd, (const struct sockaddr *)&t->peer.sa,
                t->peer.salen) < 0) {
        int e = errno;

        sk_tp_close_fd(t);
        return sk_error_sys(err, SK_ERR_BAD_ADDRESS, e, "%s", spec);
    }
    t->ops = &unix_ops;
    describe(t);
    return 0;
}
