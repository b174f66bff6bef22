/* snmpgetnext - GETNEXT for the given OIDs (snmpgetnext(1)); the work is
 * shared with snmpget in apps/common/request.c. */
#include "common/cli.h"

int main(int argc, char **argv)
{
    return cli_get_main(argc, argv, "snmpgetnext", SK_PDU_GETNEXT);
}
