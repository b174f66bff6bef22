/* test_addr.c - the agent specifier parser (net/addr.c) against the forms
 * Net-SNMP 5.9.3 accepts and rejects.  Only numeric addresses and
 * "localhost" are resolved, so no network is needed. */
#include <errno.h>
#include <netinet/in.h>
#include <stddef.h>
#include <netdb.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

#include "check.h"
#include "net/addr.h"

struct good {
    const char *spec;
    const char *domains;        /* NULL: "udp udp6" */
    uint16_t defport;
    enum sk_addr_kind kind;
    int family;
    const char *where;          /* "[addr]:port", or the Unix path */
    const char *iface;
};

static const struct good goods[] = {
    {"127.0.0.1", NULL, 161, SK_ADDR_UDP, AF_INET, "[127.0.0.1]:161", ""},
    {"127.0.0.1", NULL, 162, SK_ADDR_UDP, AF_INET, "[127.0.0.1]:162", ""},
    {"127.0.0.1:1161", NULL, 161, SK_ADDR_UDP, AF_INET, "[127.0.0.1]:1161",
     ""},
    {"localhost", NULL, 161, SK_ADDR_UDP, AF_INET, "[127.0.0.1]:161", ""},
    {"localhost:9", NULL, 161, SK_ADDR_UDP, AF_INET, "[127.0.0.1]:9", ""},
    {"udp:127.0.0.1:99", NULL, 161, SK_ADDR_UDP, AF_INET, "[127.0.0.1]:99",
     ""},
    {"UDP:localhost", NULL, 161, SK_ADDR_UDP, AF_INET, "[127.0.0.1]:161", ""},
    {"udp:[127.0.0.1]:7", NULL, 161, SK_ADDR_UDP, AF_INET, "[127.0.0.1]:7",
     ""},
    {"tcp:127.0.0.1:1161", NULL, 161, SK_ADDR_TCP, AF_INET,
     "[127.0.0.1]:1161", ""},
    {"TcP:localhost", NULL, 162, SK_ADDR_TCP, AF_INET, "[127.0.0.1]:162", ""},
    {"udp6:[::1]:1161", NULL, 161, SK_ADDR_UDP, AF_INET6, "[::1]:1161", ""},
    {"ipv6:[::1]", NULL, 161, SK_ADDR_UDP, AF_INET6, "[::1]:161", ""},
    {"udpv6:::1", NULL, 161, SK_ADDR_UDP, AF_INET6, "[::1]:161", ""},
    {"udpipv6:[::1]:5", NULL, 161, SK_ADDR_UDP, AF_INET6, "[::1]:5", ""},
    {"UDP6:::1", NULL, 161, SK_ADDR_UDP, AF_INET6, "[::1]:161", ""},
    {"[::1]:1161", NULL, 161, SK_ADDR_UDP, AF_INET6, "[::1]:1161", ""},
    {"::1", NULL, 161, SK_ADDR_UDP, AF_INET6, "[::1]:161", ""},
    {"tcp6:[::1]:1161", NULL, 161, SK_ADDR_TCP, AF_INET6, "[::1]:1161", ""},
    {"tcpv6:::1", NULL, 161, SK_ADDR_TCP, AF_INET6, "[::1]:161", ""},
    {"TCPIPV6:[::1]:7", NULL, 161, SK_ADDR_TCP, AF_INET6, "[::1]:7", ""},
    {"unix:/tmp/agent.sock", NULL, 161, SK_ADDR_UNIX, AF_UNIX,
     "/tmp/agent.sock", ""},
    {"/tmp/agent.sock", NULL, 161, SK_ADDR_UNIX, AF_UNIX, "/tmp/agent.sock",
     ""},
    /* a bare port, or none at all, is the wildcard address */
    {"1161", NULL, 161, SK_ADDR_UDP, AF_INET, "[0.0.0.0]:1161", ""},
    {":1161", NULL, 161, SK_ADDR_UDP, AF_INET, "[0.0.0.0]:1161", ""},
    {"", NULL, 161, SK_ADDR_UDP, AF_INET, "[0.0.0.0]:161", ""},
    {"udp:", NULL, 161, SK_ADDR_UDP, AF_INET, "[0.0.0.0]:161", ""},
    {"udp6:", NULL, 161, SK_ADDR_UDP, AF_INET6, "[::]:161", ""},
    {"udp6:1161", NULL, 161, SK_ADDR_UDP, AF_INET6, "[::]:1161", ""},
    /* port 0 parses (sendto fails later, as with Net-SNMP) */
    {"127.0.0.1:0", NULL, 161, SK_ADDR_UDP, AF_INET, "[127.0.0.1]:0", ""},
    {"127.0.0.1@lo:1161", NULL, 161, SK_ADDR_UDP, AF_INET,
     "[127.0.0.1]:1161", "lo"},
    {"udp6:[::1]@lo:9", NULL, 161, SK_ADDR_UDP, AF_INET6, "[::1]:9", "lo"},
    /* snmp.conf defDomain */
    {"127.0.0.1", "tcp", 161, SK_ADDR_TCP, AF_INET, "[127.0.0.1]:161", ""},
    {"::1", "tcp tcp6", 161, SK_ADDR_TCP, AF_INET6, "[::1]:161", ""},
};

/* Rejected forms, each checked with the errno Net-SNMP prints for it
 * (its stale ENOENT: "(No such file or directory)"). */
static const char *const bads[] = {
    "host:abc",      "127.0.0.1:abc",         "127.0.0.1:70000",
    "127.0.0.1:",    "127.0.0.1:-5",          "127.0.0.1:1161x",
    "udp6:::1:11161", "[::1",                 "[::1]x",
    "foo:1.2.3.4",   "udp6:127.0.0.1:1161",   "udp6:[::1]:abc",
    "udp:::1",       "unix:",                 "tcp:127.0.0.1:99999",
    "udp:[::1]:1161", "127.0.0.1:123456789012345678901234567890",
};

static void where_of(const struct sk_addr *a, char *out, size_t n)
{
    if (a->family == AF_UNIX) {
        const struct sockaddr_un *sun = (const struct sockaddr_un *)&a->sa;

        snprintf(out, n, "%s", sun->sun_path);
        return;
    }
    sk_addr_format_sa((const struct sockaddr *)&a->sa, out, n);
}

/* A bare chroot may have no /etc/hosts: then "localhost" cannot be
 * resolved by anyone and those cases say nothing about our parser. */
static int have_localhost(void)
{
    struct addrinfo hints, *res = NULL;
    int ok;

    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_INET;
    ok = getaddrinfo("localhost", NULL, &hints, &res) == 0;
    if (res != NULL)
        freeaddrinfo(res);
    return ok;
}

static void test_goods(void)
{
    int localhost_ok = have_localhost();

    if (!localhost_ok)
        fprintf(stderr, "note: localhost does not resolve here; "
                        "skipping the cases that name it\n");
    for (size_t i = 0; i < sizeof goods / sizeof goods[0]; i++) {
        const struct good *g = &goods[i];
        struct sk_addr a;
        struct sk_error err;
        char where[128];
        int rc;

        if (!localhost_ok && strstr(g->spec, "localhost") != NULL)
            continue;
        rc = sk_addr_parse(g->spec, g->domains, g->defport, &a, &err);

        CHECK(rc == 0);
        if (rc != 0) {
            fprintf(stderr, "  spec \"%s\" rejected\n", g->spec);
            continue;
        }
        CHECK(a.kind == g->kind);
        CHECK(a.family == g->family);
        where_of(&a, where, sizeof where);
        CHECK_STR(where, g->where);
        CHECK_STR(a.iface, g->iface);
    }
}

static void test_bads(void)
{
    for (size_t i = 0; i < sizeof bads / sizeof bads[0]; i++) {
        struct sk_addr a;
        struct sk_error err;
        char text[256];

        CHECK(sk_addr_parse(bads[i], NULL, 161, &a, &err) == -1);
        CHECK(err.code == SK_ERR_BAD_ADDRESS);
        CHECK_STR(err.detail, bads[i]);
        CHECK(err.sys_errno == ENOENT);
        sk_error_format(&err, text, sizeof text);
        if (strcmp(bads[i], "udp6:::1:11161") == 0)
            CHECK_STR(text, "Unknown host (udp6:::1:11161) "
                            "(No such file or directory)");
    }
}

static void test_long_path(void)
{
    char spec[300];
    struct sk_addr a;
    struct sk_error err;

    memset(spec, 'x', sizeof spec);
    memcpy(spec, "unix:/", 6);
    spec[sizeof spec - 1] = '\0';
    CHECK(sk_addr_parse(spec, NULL, 161, &a, &err) == -1);
    CHECK(err.code == SK_ERR_BAD_ADDRESS);
}

static void test_local(void)
{
    struct sk_addr a;
    struct sk_error err;
    char where[128];

    /* the port is parsed but dropped (no clientaddrUsesPort) */
    CHECK(sk_addr_parse_local("127.0.0.1:40001", AF_INET, &a, &err) == 0);
    where_of(&a, where, sizeof where);
    CHECK_STR(where, "[127.0.0.1]:0");
    CHECK(sk_addr_parse_local("[::1]:40002", AF_INET6, &a, &err) == 0);
    where_of(&a, where, sizeof where);
    CHECK_STR(where, "[::1]:0");
    CHECK(sk_addr_parse_local("::1", AF_INET6, &a, &err) == 0);
    CHECK(sk_addr_parse_local("::1", AF_INET, &a, &err) == -1);
    CHECK(sk_addr_parse_local("127.0.0.1:abc", AF_INET, &a, &err) == -1);
    CHECK(sk_addr_port(&a) == 0 || err.code == SK_ERR_BAD_ADDRESS);
}

int main(void)
{
    test_goods();
    test_bads();
    test_long_path();
    test_local();
    return CHECK_DONE("test_addr");
}
