/* usage.c - the -h text, in Net-SNMP's shape (snmp_parse_args_usage and
 * snmp_parse_args_descriptions), with our own version line. */
#include <stdio.h>

#include "config.h"
#include "common/cli.h"

static const char common_help[] =
    "OPTIONS:\n"
    "  -h, --help\t\tdisplay this help message\n"
    "  -H\t\t\tdisplay configuration file directives understood\n"
    "  -v 1|2c|3\t\tspecifies SNMP version to use\n"
    "  -V, --version\t\tdisplay package version number\n"
    "SNMP Version 1 or 2c specific\n"
    "  -c COMMUNITY\t\tset the community string\n"
    "SNMP Version 3 specific\n"
    "  -a PROTOCOL\t\tset authentication protocol "
    "(MD5|SHA|SHA-224|SHA-256|SHA-384|SHA-512)\n"
    "  -A PASSPHRASE\t\tset authentication protocol pass phrase\n"
    "  -e ENGINE-ID\t\tset security engine ID (e.g. 800000020109840301)\n"
    "  -E ENGINE-ID\t\tset context engine ID (e.g. 800000020109840301)\n"
    "  -l LEVEL\t\tset security level (noAuthNoPriv|authNoPriv|authPriv)\n"
    "  -n CONTEXT\t\tset context name (e.g. bridge1)\n"
    "  -u USER-NAME\t\tset security name (e.g. bert)\n"
    "  -x PROTOCOL\t\tset privacy protocol (DES|AES|AES-192|AES-256)\n"
    "  -X PASSPHRASE\t\tset privacy protocol pass phrase\n"
    "  -Z BOOTS,TIME\t\tset destination engine boots/time\n"
    "General communication options\n"
    "  -r RETRIES\t\tset the number of retries\n"
    "  -t TIMEOUT\t\tset the request timeout (in seconds)\n"
    "Debugging\n"
    "  -d\t\t\tdump input/output packets in hexadecimal\n"
    "  -D[TOKEN[,...]]\tturn on debugging output for the specified TOKENs\n"
    "\t\t\t   (ALL gives extremely verbose debugging output)\n"
    "General options\n"
    "  -m MIB[:...]\t\tload given list of MIBs (ALL loads everything)\n"
    "  -M DIR[:...]\t\tlook in given list of directories for MIBs\n";

static const char mib_help[] =
    "  -P MIBOPTS\t\tToggle various defaults controlling MIB parsing:\n"
    "\t\t\t  u:  allow the use of underlines in MIB symbols\n"
    "\t\t\t  c:  disallow the use of \"--\" to terminate comments\n"
    "\t\t\t  d:  save the DESCRIPTIONs of the MIB objects\n"
    "\t\t\t  e:  disable errors when MIB symbols conflict\n"
    "\t\t\t  w:  enable warnings when MIB symbols conflict\n"
    "\t\t\t  W:  enable detailed warnings when MIB symbols conflict\n"
    "\t\t\t  R:  replace MIB symbols from latest module\n";

/* -O, -I and -L: snmptranslate prints them too. */
const char cli_usage_oil[] =
    "  -O OUTOPTS\t\tToggle various defaults controlling output display:\n"
    "\t\t\t  0:  print leading 0 for single-digit hex characters\n"
    "\t\t\t  a:  print all strings in ascii format\n"
    "\t\t\t  b:  do not break OID indexes down\n"
    "\t\t\t  e:  print enums numerically\n"
    "\t\t\t  E:  escape quotes in string indices\n"
    "\t\t\t  f:  print full OIDs on output\n"
    "\t\t\t  n:  print OIDs numerically\n"
    "\t\t\t  p PRECISION:  display floating point values with specified "
    "PRECISION (printf format string)\n"
    "\t\t\t  q:  quick print for easier parsing\n"
    "\t\t\t  Q:  quick print with equal-signs\n"
    "\t\t\t  s:  print only last symbolic element of OID\n"
    "\t\t\t  S:  print MIB module-id plus last element\n"
    "\t\t\t  t:  print timeticks unparsed as numeric integers\n"
    "\t\t\t  T:  print human-readable text along with hex strings\n"
    "\t\t\t  u:  print OIDs using UCD-style prefix suppression\n"
    "\t\t\t  U:  don't print units\n"
    "\t\t\t  v:  print values only (not OID = value)\n"
    "\t\t\t  x:  print all strings in hex format\n"
    "\t\t\t  X:  extended index format\n"
    "  -I INOPTS\t\tToggle various defaults controlling input parsing:\n"
    "\t\t\t  b:  do best/regex matching to find a MIB node\n"
    "\t\t\t  h:  don't apply DISPLAY-HINTs\n"
    "\t\t\t  r:  do not check values for range/type legality\n"
    "\t\t\t  R:  do random access to OID labels\n"
    "\t\t\t  u:  top-level OIDs must have '.' prefix (UCD-style)\n"
    "\t\t\t  s SUFFIX:  Append all textual OIDs with SUFFIX before parsing\n"
    "\t\t\t  S PREFIX:  Prepend all textual OIDs with PREFIX before parsing\n"
    "  -L LOGOPTS\t\tToggle various defaults controlling logging:\n"
    "\t\t\t  e:           log to standard error\n"
    "\t\t\t  o:           log to standard output\n"
    "\t\t\t  n:           don't log at all\n"
    "\t\t\t  f file:      log to the specified file\n"
    "\t\t\t  s facility:  log to syslog (via the specified facility)\n"
    "\n"
    "\t\t\t  (variants)\n"
    "\t\t\t  [EON] pri:   log to standard error, output or /dev/null for "
    "level 'pri' and above\n"
    "\t\t\t  [EON] p1-p2: log to standard error, output or /dev/null for "
    "levels 'p1' to 'p2'\n"
    "\t\t\t  [FS] pri token:    log to file/syslog for level 'pri' and "
    "above\n"
    "\t\t\t  [FS] p1-p2 token:  log to file/syslog for levels 'p1' to "
    "'p2'\n";

void cli_usage(const struct cli_app *app)
{
    fprintf(stderr, "USAGE: %s [OPTIONS] %s\n\n", app->name,
            app->usage_args);
    fprintf(stderr, "  Version:  %s (snmpkit)\n\n", PACKAGE_VERSION);
    fputs(common_help, stderr);
    fprintf(stderr, "    (default: %s:$HOME/.snmp/mibs:/usr/share/snmp/mibs)\n",
            SK_MIBDIR);
    fputs(mib_help, stderr);
    fputs(cli_usage_oil, stderr);
    if (app->c_help != NULL) {
        fputs("  -C APPOPTS\t\tSet various application specific "
              "behaviours:\n", stderr);
        fputs(app->c_help, stderr);
    }
    if (app->tail_help != NULL)
        fputs(app->tail_help, stderr);
}
