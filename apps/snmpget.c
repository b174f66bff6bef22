/* snmpget - GET the given OIDs (snmpget(1)); the work is shared with
 * snmpgetnext in apps/common/request.c. */
#include "common/cli.h"

int main(int argc, char **argv)
{
    return cli_get_main(argc, argv, "snmpget", SK_PDU_GET);
}
