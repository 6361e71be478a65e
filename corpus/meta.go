package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// SidecarSuffix ends the name of a metadata sidecar: x.txt's is x.meta.yaml.
const SidecarSuffix = ".meta.yaml"

// SidecarName returns the sidecar path for an article path.
func SidecarName(article string) string {
	if i := strings.LastIndexByte(article, '.'); i > strings.LastIndexByte(article, '/') {
		article = article[:i]
	}
	return article + SidecarSuffix
}

// ParseMeta reads a sidecar. A key it does not know ("titel:") is not
// applied and is reported in the warnings with the closest known key, so
// that a typo is seen without losing the article; the other keys are
// read. YAML that cannot be read at all is an error.
func ParseMeta(data []byte) (*Meta, []string, error) {
	m, warnings, err := decodeMeta(data)
	if err != nil {
		return nil, nil, fmt.Errorf("parse metadata: %w", err)
	}
	return &m, warnings, nil
}

// metaFields maps each key of a sidecar or front matter (Meta's yaml
// tags, so the keys are written once) to its field index.
var metaFields = sync.OnceValue(func() map[string]int {
	t := reflect.TypeFor[Meta]()
	out := map[string]int{}
	for i := range t.NumField() {
		if tag, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); tag != "" {
			out[tag] = i
		}
	}
	return out
})

// decodeMeta reads YAML metadata: a mapping of the keys in metaFields to
// text (a list of authors is joined with "and").
func decodeMeta(data []byte) (Meta, []string, error) {
	var m Meta
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return m, nil, nil
		}
		return m, nil, err
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		root = root.Content[0]
	}
	switch {
	case root.Kind == yaml.ScalarNode && root.Tag == "!!null":
		return m, nil, nil
	case root.Kind != yaml.MappingNode:
		return m, nil, fmt.Errorf("line %d: expected \"key: value\" lines", root.Line)
	}
	m, warnings := metaOf(root)
	return m, warnings, nil
}

// metaOf reads a mapping of the keys in metaFields to text.
func metaOf(root *yaml.Node) (Meta, []string) {
	var m Meta
	fields := metaFields()
	v := reflect.ValueOf(&m).Elem()
	var warnings []string
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, val := root.Content[i], root.Content[i+1]
		key := strings.ToLower(strings.TrimSpace(k.Value))
		idx, ok := fields[key]
		if !ok {
			warnings = append(warnings, unknownKey(k.Value, k.Line))
			continue
		}
		if seen[key] {
			warnings = append(warnings, fmt.Sprintf("line %d: %q is given twice; the last one is used", k.Line, key))
		}
		seen[key] = true
		text, ok := metaText(key, val)
		if !ok {
			warnings = append(warnings, fmt.Sprintf("line %d: %q should be text, not a list or a map; ignored", k.Line, key))
			continue
		}
		v.Field(idx).SetString(text)
	}
	m.trim()
	return m, warnings
}

// metaText is a value as text: a scalar, or a list of names for author.
func metaText(key string, n *yaml.Node) (string, bool) {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "", true
		}
		return n.Value, true
	case yaml.SequenceNode:
		if key != "author" {
			return "", false
		}
		var names []string
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode {
				return "", false
			}
			names = append(names, strings.TrimSpace(c.Value))
		}
		return joinNames(names), true
	}
	return "", false
}

// joinNames writes "A", "A and B", "A, B and C".
func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// unknownKey words the warning for a key Meta does not have, naming the
// known key it most likely means.
func unknownKey(key string, line int) string {
	known := make([]string, 0, len(metaFields()))
	for k := range metaFields() {
		known = append(known, k)
	}
	sort.Strings(known)
	msg := fmt.Sprintf("line %d: unknown key %q", line, key)
	if s := closestKey(key, known); s != "" {
		return msg + fmt.Sprintf(" (did you mean %q?); ignored", s)
	}
	return msg + "; ignored (known keys: " + strings.Join(known, ", ") + ")"
}

// closestKey returns the known key within two edits of key (one for
// short keys), or "" when none is that close.
func closestKey(key string, known []string) string {
	key = strings.ToLower(key)
	best, bestD := "", 3
	if len(key) <= 4 {
		bestD = 2
	}
	for _, k := range known {
		if d := editDistance(key, k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between two short strings,
// with a swap of neighbours counted as one edit ("titel").
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 64
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

func (m *Meta) trim() {
	for _, f := range []*string{&m.Title, &m.Outlet, &m.Author, &m.Date, &m.URL, &m.Language} {
		*f = normSpace(*f)
	}
}

// fill sets every field of m that o has.
func (m *Meta) fill(o *Meta) {
	if o == nil {
		return
	}
	set := func(dst *string, v string) {
		if v = normSpace(v); v != "" {
			*dst = v
		}
	}
	set(&m.Title, o.Title)
	set(&m.Outlet, o.Outlet)
	set(&m.Author, o.Author)
	set(&m.Date, o.Date)
	set(&m.URL, o.URL)
	set(&m.Language, o.Language)
}
