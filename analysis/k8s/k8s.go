package k8s

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/flinklint/flinklint/analysis/config"
	"github.com/flinklint/flinklint/parser"
)

// Group is the API group of the operator's resources; apiVersion reads
// "flink.apache.org/v1beta1".
const Group = "flink.apache.org"

// Kind is the kind of an operator resource.
type Kind string

// The kinds Read returns.
const (
	FlinkDeployment Kind = "FlinkDeployment"
	FlinkSessionJob Kind = "FlinkSessionJob"
)

// Field is one scalar field of a manifest with the positions of its key and
// value.
type Field struct {
	// Value is the scalar as the operator receives it: a number or boolean
	// in its written form ("2", "true"; YAML 1.1 yes/on/off read
	// "true"/"false"), quotes removed. Empty when Set is false.
	Value string
	// Set is true when the key is written with a scalar value other than
	// null. A key written with null, nothing, a mapping or a list is not set
	// (the API server treats null as absent), but KeyPos still records it.
	Set bool
	// KeyPos is the key token; zero when the key is absent.
	KeyPos parser.Pos
	// ValuePos is the value token as written (an alias token for `*name`);
	// zero when the key is absent or nothing is written after it.
	ValuePos parser.Pos
}

// Pos returns the value's position, or the key's when no value is written:
// where a finding about the field belongs.
func (f Field) Pos() parser.Pos {
	if !f.ValuePos.IsZero() {
		return f.ValuePos
	}
	return f.KeyPos
}

// Resource is one FlinkDeployment or FlinkSessionJob document. A
// FlinkSessionJob has only flinkConfiguration, job and deploymentName (the
// CRD has nothing else; the API server prunes unknown fields), so the
// FlinkDeployment-only fields stay unset for it however the document reads.
type Resource struct {
	Path string     // as given to Read
	Doc  int        // 0-based index of the document in the file, counting every document
	Kind Kind       // FlinkDeployment or FlinkSessionJob
	Pos  parser.Pos // the `kind` key of this document

	APIVersion      Field // "flink.apache.org/v1beta1"
	Name, Namespace Field // metadata.name, metadata.namespace

	// These four, and the fields from JobManagerReplicas on, are read for a
	// FlinkDeployment only.
	FlinkVersion   Field // spec.flinkVersion as written ("v1_20"); see Version
	Image          Field // spec.image
	ServiceAccount Field // spec.serviceAccount
	Mode           Field // spec.mode: native (the operator's default) or standalone

	// FlinkConfiguration is spec.flinkConfiguration flattened as Flink
	// flattens config.yaml (nested mappings joined with dots, mixed with flat
	// dotted keys; lists "a;b;c"; numbers and booleans in their string form;
	// null ""), keys as written, in document order, duplicates kept.
	FlinkConfiguration []config.Entry
	// FlinkConfigurationPos is the spec.flinkConfiguration key (zero when
	// absent).
	FlinkConfigurationPos parser.Pos

	// spec.job. A FlinkDeployment without a job is a session cluster.
	EntryClass, JarURI, UpgradeMode, Parallelism, State Field
	// SavepointTriggerNonce and InitialSavepointPath: spec.job.savepointTriggerNonce,
	// spec.job.initialSavepointPath.
	SavepointTriggerNonce, InitialSavepointPath Field
	AllowNonRestoredState                       Field // spec.job.allowNonRestoredState
	// JobPos is the spec.job key; zero when spec.job is absent or null.
	JobPos parser.Pos

	DeploymentName Field // FlinkSessionJob spec.deploymentName: the session cluster

	// JobManagerReplicas is spec.jobManager.replicas (the operator's default
	// is 1).
	JobManagerReplicas Field
	// JobManagerMemory and JobManagerCPU are where the operator takes the
	// JobManager's memory (jobmanager.memory.process.size) and CPU from:
	// spec.jobManager.resources when it has requests or limits (the request,
	// else the limit), otherwise the deprecated spec.jobManager.resource.
	JobManagerMemory, JobManagerCPU Field
	// TaskManagerReplicas is spec.taskManager.replicas (standalone mode).
	TaskManagerReplicas Field
	// TaskManagerMemory and TaskManagerCPU: as for the JobManager, from
	// spec.taskManager.resources or spec.taskManager.resource
	// (taskmanager.memory.process.size).
	TaskManagerMemory, TaskManagerCPU Field
	// TaskManagerPodMemory is the memory request (else limit) of the
	// container named flink-main-container in spec.taskManager.podTemplate,
	// else in spec.podTemplate (best effort: the operator merges the two
	// templates and sizes the container from the Flink memory settings).
	TaskManagerPodMemory Field

	// LogConfiguration is spec.logConfiguration: file name → content, in
	// document order.
	LogConfiguration []LogFile

	// Ingress is spec.ingress.template. Set is true whenever spec.ingress is
	// a mapping (an ingress is created), even without a template; KeyPos is
	// then the spec.ingress key and ValuePos the template's value.
	Ingress Field
	// IngressTLS reports, best effort, that the ingress serves HTTPS: a
	// non-empty spec.ingress.tls list, or an annotation that terminates TLS
	// on its own (alb.ingress.kubernetes.io/certificate-arn,
	// networking.gke.io/pre-shared-cert, ingress.gcp.kubernetes.io/pre-shared-cert,
	// networking.gke.io/managed-certificates, or
	// traefik.ingress.kubernetes.io/router.tls: "true"). Issuer annotations
	// (cert-manager) alone do not count: they need a tls list.
	IngressTLS bool
	// ServiceType is always unset: the operator's CRD has no field for the
	// REST service. Its type is the flinkConfiguration key
	// kubernetes.rest-service.exposed.type (the operator injects ClusterIP
	// when it is unset).
	ServiceType Field
}

// IsSessionCluster reports a FlinkDeployment without a job.
func (r *Resource) IsSessionCluster() bool {
	return r.Kind == FlinkDeployment && r.JobPos.IsZero()
}

// LogFile is one entry of spec.logConfiguration.
type LogFile struct {
	Name    string // "log4j-console.properties" or "logback-console.xml"
	Content string // the file's text
	// KeyPos is the file name; ValuePos the value token (the `|` header of a
	// block scalar).
	KeyPos, ValuePos parser.Pos
	// FirstLine is the 1-based manifest line holding the content's first
	// line: the line after the header of a block scalar (| or >), the
	// value's line otherwise.
	FirstLine int
	// Indent is the number of spaces stripped from each line of a block
	// scalar's content (0 for other values).
	Indent int
	// literal is true for a literal block scalar (|), whose lines map one to
	// one onto manifest lines.
	literal bool
}

// LinePos returns the position in the manifest of line i (0-based) of
// Content. It is exact for a literal block scalar (`|`, the usual way to
// write a log4j file); for folded or quoted values, whose lines do not map
// onto manifest lines, and for an i out of range, it is ValuePos.
func (l LogFile) LinePos(i int) parser.Pos {
	if !l.literal || i < 0 || l.FirstLine == 0 {
		return l.ValuePos
	}
	line := l.FirstLine + i
	rest := l.Content
	for ; i > 0; i-- {
		j := strings.IndexByte(rest, '\n')
		if j < 0 {
			return l.ValuePos
		}
		rest = rest[j+1:]
	}
	if j := strings.IndexByte(rest, '\n'); j >= 0 {
		rest = rest[:j]
	} else if rest == "" {
		return l.ValuePos // past the final line break
	}
	col := l.Indent + 1
	return parser.MakePos(line, col, line, col+parser.UTF16Len([]byte(rest)))
}

// Problem is something wrong with a manifest file itself: ProblemEncoding
// (invalid UTF-8), ProblemSyntax (YAML that does not parse, a
// flinkConfiguration that is not a mapping, alias trouble) or
// ProblemDuplicate (a key written twice in one mapping, or a
// flinkConfiguration key set nested and flat; Related is the first). The
// message names keys, never values.
type Problem = config.Problem

// Version maps spec.flinkVersion ("v1_18", "v2_0") to the Flink version
// flinklint targets ("1.18", "2.0"). ok is false for anything else. Any
// major and minor are accepted (the operator's enum grows with each
// release: v1_13 … v2_4 today); whether flinklint knows that version is the
// caller's question.
func Version(flinkVersion string) (string, bool) {
	m := versionRE.FindStringSubmatch(flinkVersion)
	if m == nil {
		return "", false
	}
	major, err1 := strconv.Atoi(m[1])
	minor, err2 := strconv.Atoi(m[2])
	if err1 != nil || err2 != nil {
		return "", false
	}
	return strconv.Itoa(major) + "." + strconv.Itoa(minor), true
}

var versionRE = regexp.MustCompile(`^v([1-9][0-9]{0,2})_(0|[1-9][0-9]{0,2})$`)
