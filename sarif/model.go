package sarif

// The subset of the SARIF 2.1.0 object model flinklint writes. Field order
// is output order. A field is omitempty when leaving it out means the same
// as its zero value or is what the profile wants; fields whose zero is a
// real value and must still be left out sometimes are pointers (ruleIndex 0
// is the first rule). Nothing here can produce byteOffset, charOffset, -1
// sentinels or timestamps.

// SchemaURI is the $schema and Version the version of every log written.
const (
	SchemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
	Version   = "2.1.0"
)

type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []run  `json:"runs"`
}

type run struct {
	Tool               tool                        `json:"tool"`
	AutomationDetails  *runAutomationDetails       `json:"automationDetails,omitempty"`
	OriginalURIBaseIDs map[string]artifactLocation `json:"originalUriBaseIds,omitempty"`
	Invocations        []invocation                `json:"invocations"`
	ColumnKind         string                      `json:"columnKind"`
	Results            []result                    `json:"results"` // never nil: an empty run closes alerts
}

type tool struct {
	Driver toolComponent `json:"driver"`
}

type toolComponent struct {
	Name            string                `json:"name"`
	Version         string                `json:"version,omitempty"`
	SemanticVersion string                `json:"semanticVersion,omitempty"`
	InformationURI  string                `json:"informationUri,omitempty"`
	Rules           []reportingDescriptor `json:"rules"` // never nil (GH1018)
}

type reportingDescriptor struct {
	ID                   string                    `json:"id"`
	Name                 string                    `json:"name,omitempty"`
	ShortDescription     *multiformatMessageString `json:"shortDescription,omitempty"`
	FullDescription      *multiformatMessageString `json:"fullDescription,omitempty"`
	Help                 *multiformatMessageString `json:"help,omitempty"`
	HelpURI              string                    `json:"helpUri,omitempty"`
	DefaultConfiguration *reportingConfiguration   `json:"defaultConfiguration,omitempty"`
	Properties           *ruleProperties           `json:"properties,omitempty"`
}

type multiformatMessageString struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type reportingConfiguration struct {
	Level string `json:"level,omitempty"`
}

// ruleProperties is a rule's property bag with the keys GitHub reads.
type ruleProperties struct {
	Tags             []string `json:"tags,omitempty"`
	Precision        string   `json:"precision,omitempty"`
	ProblemSeverity  string   `json:"problem.severity,omitempty"`
	SecuritySeverity string   `json:"security-severity,omitempty"`
}

type runAutomationDetails struct {
	ID string `json:"id"`
}

type invocation struct {
	ExecutionSuccessful        bool           `json:"executionSuccessful"`
	ToolExecutionNotifications []notification `json:"toolExecutionNotifications,omitempty"`
}

type notification struct {
	Level      string                        `json:"level,omitempty"`
	Message    message                       `json:"message"`
	Descriptor *reportingDescriptorReference `json:"descriptor,omitempty"`
	Locations  []location                    `json:"locations,omitempty"`
}

type reportingDescriptorReference struct {
	ID string `json:"id"`
}

type message struct {
	Text string `json:"text"`
}

type result struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           *int              `json:"ruleIndex,omitempty"`
	Level               string            `json:"level"`
	Message             message           `json:"message"`
	Locations           []location        `json:"locations,omitempty"`
	RelatedLocations    []location        `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
	CodeFlows           []codeFlow        `json:"codeFlows,omitempty"`
	Fixes               []fix             `json:"fixes,omitempty"`
	Properties          *resultProperties `json:"properties,omitempty"`
}

// fix is a proposed fix (SARIF §3.55): edits to one or more files.
type fix struct {
	Description     *message         `json:"description,omitempty"`
	ArtifactChanges []artifactChange `json:"artifactChanges"`
}

type artifactChange struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
	Replacements     []replacement    `json:"replacements"`
}

type replacement struct {
	DeletedRegion   *region          `json:"deletedRegion"`
	InsertedContent *artifactContent `json:"insertedContent,omitempty"`
}

type artifactContent struct {
	Text string `json:"text"`
}

// resultProperties identifies a finding's job and operator independently of
// line numbers.
type resultProperties struct {
	Job      string `json:"job,omitempty"`
	Operator string `json:"operator,omitempty"`
}

type location struct {
	ID               int               `json:"id,omitempty"` // related locations count from 1
	PhysicalLocation *physicalLocation `json:"physicalLocation,omitempty"`
	Message          *message          `json:"message,omitempty"`
}

type physicalLocation struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
	Region           *region          `json:"region,omitempty"`
}

type artifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// region is a line/column range: 1-based, columns in UTF-16 code units,
// endColumn exclusive. All four are always written.
type region struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

// codeFlow is one path through the code (SARIF §3.36), with inline thread
// flow locations as GitHub requires (GH1002).
type codeFlow struct {
	ThreadFlows []threadFlow `json:"threadFlows"`
}

type threadFlow struct {
	Locations []threadFlowLocation `json:"locations"`
}

type threadFlowLocation struct {
	Location     location `json:"location"`
	NestingLevel int      `json:"nestingLevel"`
}
