// Package logconf reads the root logger level of a logging configuration,
// and the levels of its named loggers, for the debug-logging and
// noisy-library-logging rules (OBS003, OBS005): Flink's log level is not a Flink
// config key but lives in conf/log4j*.properties (log4j 2, what Flink ships
// since 1.11), in logback*.xml, or in a FlinkDeployment's
// spec.logConfiguration (keys log4j-console.properties and
// logback-console.xml).
//
// Read picks the reader by file name; ReadLog4j reads .properties files
// (log4j 2 `rootLogger.level` and the `rootLogger = LEVEL, refs` shorthand,
// which wins; log4j 1.x `log4j.rootLogger`/`log4j.rootCategory`) with the
// full java.util.Properties syntax; ReadLogback reads XML (logback
// `<root level>` and `<root><level value>`, log4j 2 `<Root level>`, log4j
// 1.x `<root><priority value>`).
//
// The result says where the level is written (1-based lines, columns in
// UTF-16 code units, a UTF-8 byte order mark not counted) and what it
// resolves to. Levels are case-insensitive and returned in upper case.
// Substitutions are resolved as far as the file allows: a reference to a
// property of the same file (log4j 2 `property.NAME`, a log4j 1.x key, a
// logback <property>) takes its value; a reference that depends on the
// deployment (`${env:LOG_LEVEL:-INFO}`, `${sys:...}`, a logback variable the
// file does not define) takes its `:-` default and is marked FromDefault, or
// leaves Level empty when there is none.
//
// When the file sets no root level, Level is empty and Effective gives the
// framework's built-in default (log4j 2: ERROR; log4j 1.x and logback:
// DEBUG). Malformed XML gives the zero Level; no input panics.
//
// This package reads bytes it is given. It does not walk directories,
// decide which file applies to a job (the files under src/main/resources
// are bundled in the job jar but a Flink cluster logs with its own
// conf/log4j*.properties), read manifests or report findings.
package logconf
