package sarif

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

// CheckGitHub checks a SARIF log against what GitHub code scanning and the
// VS Code SARIF viewer need beyond the schema: the sarif-sdk GitHub
// ingestion rules (GH1001, GH1003, GH1005-GH1007, GH1011, GH1013-GH1018,
// GH2012), the related general rules SARIF1001, SARIF1004 and SARIF1010,
// GitHub's documented limits, percent-encoded relative URIs, and no
// byteOffset or charOffset (the VS Code viewer reads any as a binary
// region). See research/sarif.md §2-§4. It is meant for tests; the error
// joins every problem found.
func CheckGitHub(data []byte) error {
	var log ghLog
	if err := json.Unmarshal(data, &log); err != nil {
		return fmt.Errorf("sarif: not a SARIF log: %w", err)
	}
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	if !strings.HasSuffix(log.Schema, "2.1.0") && !strings.HasSuffix(log.Schema, "2.1.0.json") {
		bad("GH1011: $schema %q is not the final 2.1.0 schema", log.Schema)
	}
	if log.Version != Version {
		bad("GH1013: version %q, want %s", log.Version, Version)
	}
	if log.Runs == nil || len(log.Runs) > 20 {
		bad("GH1013: want 1 to 20 runs, have %d", len(log.Runs))
	}
	for ri, run := range log.Runs {
		at := fmt.Sprintf("runs[%d]", ri)
		if run.Tool == nil || strings.TrimSpace(run.Tool.Driver.Name) == "" {
			bad("GH1018: %s: tool.driver.name is missing", at)
			continue
		}
		if run.Results == nil {
			bad("GH1014: %s: results array is missing", at)
		}
		if run.Tool.Driver.Rules == nil {
			bad("GH1018: %s: tool.driver.rules is missing", at)
		}
		if len(run.Results) > 25000 || len(run.Tool.Driver.Rules) > 25000 {
			bad("limits: %s: more than 25000 results or rules", at)
		}
		for id, base := range run.OriginalURIBaseIDs {
			u, err := url.Parse(base.URI)
			if err != nil || !u.IsAbs() || u.RawQuery != "" || u.Fragment != "" || !strings.HasSuffix(base.URI, "/") {
				bad("SARIF1004: %s: originalUriBaseIds[%s] %q must be an absolute URI ending in / without query or fragment", at, id, base.URI)
			}
		}
		ids := map[string]bool{}
		for i, r := range run.Tool.Driver.Rules {
			rat := fmt.Sprintf("%s.tool.driver.rules[%d] (%s)", at, i, r.ID)
			switch {
			case strings.TrimSpace(r.ID) == "":
				bad("%s: empty id", rat)
			case ids[r.ID]:
				bad("%s: duplicate id", rat)
			}
			ids[r.ID] = true
			if r.Name == r.ID {
				bad("SARIF1001: %s: name equals id", rat)
			}
			if utf8.RuneCountInString(r.Name) > 255 {
				bad("limits: %s: name longer than 255 characters", rat)
			}
			for what, m := range map[string]*ghText{"shortDescription": r.ShortDescription, "fullDescription": r.FullDescription, "help": r.Help} {
				if m == nil || strings.TrimSpace(m.Text) == "" {
					bad("GH2012: %s: %s.text is missing", rat, what)
				} else if what != "help" && utf8.RuneCountInString(m.Text) > 1024 {
					bad("limits: %s: %s longer than 1024 characters", rat, what)
				}
			}
			p := r.Properties
			if len(p.Tags) > 20 {
				bad("limits: %s: more than 20 tags", rat)
			}
			switch p.Precision {
			case "", "very-high", "high", "medium", "low":
			default:
				bad("%s: precision %q", rat, p.Precision)
			}
			switch p.ProblemSeverity {
			case "", "error", "warning", "recommendation":
			default:
				bad("%s: problem.severity %q", rat, p.ProblemSeverity)
			}
			if p.SecuritySeverity != nil {
				s, isString := p.SecuritySeverity.(string)
				f, err := strconv.ParseFloat(s, 64)
				if !isString || err != nil || !(f > 0 && f <= 10) {
					bad("%s: security-severity %v is not a string holding a number in (0, 10]", rat, p.SecuritySeverity)
				}
			}
		}
		suppressed := 0
		for i, res := range run.Results {
			rat := fmt.Sprintf("%s.results[%d] (%s)", at, i, res.RuleID)
			if res.Message == nil || strings.TrimSpace(res.Message.Text) == "" {
				bad("GH1007/GH1015: %s: message.text is missing", rat)
			}
			if res.RuleIndex != nil {
				rules := run.Tool.Driver.Rules
				if *res.RuleIndex < 0 || *res.RuleIndex >= len(rules) || rules[*res.RuleIndex].ID != res.RuleID {
					bad("SARIF1010: %s: ruleIndex %d does not name rule %s", rat, *res.RuleIndex, res.RuleID)
				}
			}
			if len(res.Locations) == 0 {
				bad("GH1001/GH1015: %s: no locations", rat)
			}
			if len(res.Locations) > 1000 {
				bad("limits: %s: more than 1000 locations", rat)
			}
			for j, l := range res.Locations {
				checkLocation(fmt.Sprintf("%s.locations[%d]", rat, j), l, bad)
			}
			for j, l := range res.RelatedLocations {
				checkLocation(fmt.Sprintf("%s.relatedLocations[%d]", rat, j), l, bad)
			}
			if res.Suppressions != nil {
				suppressed++
			}
		}
		if suppressed != 0 && suppressed != len(run.Results) {
			bad("§3.27.23: %s: suppressions on %d of %d results; all or none", at, suppressed, len(run.Results))
		}
	}
	return errors.Join(errs...)
}

func checkLocation(at string, l ghLocation, bad func(string, ...any)) {
	pl := l.PhysicalLocation
	if pl == nil {
		bad("GH1016: %s: no physicalLocation", at)
		return
	}
	if pl.ArtifactLocation == nil || pl.ArtifactLocation.URI == "" {
		bad("GH1001/GH1017: %s: no artifactLocation.uri", at)
	} else {
		checkURI(at, *pl.ArtifactLocation, bad)
	}
	r := pl.Region
	if r == nil || r.StartLine < 1 {
		bad("GH1003/GH1017: %s: no region.startLine", at)
		return
	}
	if r.ByteOffset != nil || r.CharOffset != nil {
		bad("%s: region has byteOffset or charOffset", at)
	}
	if r.EndLine != 0 && r.EndLine < r.StartLine {
		bad("GH1017: %s: endLine %d before startLine %d", at, r.EndLine, r.StartLine)
	}
	if (r.EndLine == 0 || r.EndLine == r.StartLine) && r.EndColumn != 0 && r.EndColumn < max(r.StartColumn, 1) {
		bad("GH1017: %s: endColumn %d before startColumn %d", at, r.EndColumn, r.StartColumn)
	}
}

// checkURI wants a relative, percent-encoded reference under a uriBaseId,
// or an absolute file: URI (GH1005, GH1006 and SARIF1004).
func checkURI(at string, a ghArtifact, bad func(string, ...any)) {
	u, err := url.Parse(a.URI)
	if err != nil {
		bad("GH1005: %s: uri %q: %v", at, a.URI, err)
		return
	}
	for _, c := range []byte(a.URI) {
		if c <= ' ' || c >= 0x7f || c == '\\' || c == '"' || c == '<' || c == '>' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' {
			bad("%s: uri %q is not percent-encoded", at, a.URI)
			break
		}
	}
	switch {
	case u.IsAbs() && u.Scheme != "file":
		bad("GH1005: %s: uri %q is neither relative nor a file: URI", at, a.URI)
	case u.IsAbs() && a.URIBaseID != "":
		bad("SARIF1004: %s: uri %q is absolute but has uriBaseId", at, a.URI)
	case !u.IsAbs() && strings.HasPrefix(a.URI, "/"):
		bad("SARIF1004: %s: relative uri %q starts with /", at, a.URI)
	case u.IsAbs():
		bad("GH1006: %s: absolute uri %q (GitHub wants repository-relative paths)", at, a.URI)
	}
}

// The parts of a log CheckGitHub reads, decoded leniently.
type (
	ghLog struct {
		Schema  string  `json:"$schema"`
		Version string  `json:"version"`
		Runs    []ghRun `json:"runs"`
	}
	ghRun struct {
		Tool *struct {
			Driver struct {
				Name  string   `json:"name"`
				Rules []ghRule `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		OriginalURIBaseIDs map[string]ghArtifact `json:"originalUriBaseIds"`
		Results            []ghResult            `json:"results"`
	}
	ghRule struct {
		ID               string  `json:"id"`
		Name             string  `json:"name"`
		ShortDescription *ghText `json:"shortDescription"`
		FullDescription  *ghText `json:"fullDescription"`
		Help             *ghText `json:"help"`
		Properties       struct {
			Tags             []string `json:"tags"`
			Precision        string   `json:"precision"`
			ProblemSeverity  string   `json:"problem.severity"`
			SecuritySeverity any      `json:"security-severity"`
		} `json:"properties"`
	}
	ghText struct {
		Text string `json:"text"`
	}
	ghResult struct {
		RuleID           string          `json:"ruleId"`
		RuleIndex        *int            `json:"ruleIndex"`
		Message          *ghText         `json:"message"`
		Locations        []ghLocation    `json:"locations"`
		RelatedLocations []ghLocation    `json:"relatedLocations"`
		Suppressions     json.RawMessage `json:"suppressions"`
	}
	ghLocation struct {
		PhysicalLocation *struct {
			ArtifactLocation *ghArtifact `json:"artifactLocation"`
			Region           *struct {
				StartLine   int  `json:"startLine"`
				StartColumn int  `json:"startColumn"`
				EndLine     int  `json:"endLine"`
				EndColumn   int  `json:"endColumn"`
				ByteOffset  *int `json:"byteOffset"`
				CharOffset  *int `json:"charOffset"`
			} `json:"region"`
		} `json:"physicalLocation"`
	}
	ghArtifact struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId"`
	}
)
