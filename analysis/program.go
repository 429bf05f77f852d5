package analysis

// Program holds the facts computed once per scan and read by every rule.
type Program struct {
}
