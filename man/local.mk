dist_man_MANS += man/snmpcmd.1 man/snmpget.1 man/snmpgetnext.1 man/snmpset.1 \
	man/snmpwalk.1 man/snmpbulkget.1 man/snmpbulkwalk.1 man/snmp.conf.5
dist_man_MANS += man/snmptrap.1 man/snmpinform.1
dist_man_MANS += man/snmptrapd.8 man/snmptrapd.conf.5
dist_man_MANS += man/snmptranslate.1
