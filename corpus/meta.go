package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

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

// ParseMeta reads a sidecar. Unknown keys are an error, so that a typo
// ("autor:") is reported instead of silently ignored.
func ParseMeta(data []byte) (*Meta, error) {
	var m Meta
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&m); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("parse metadata: %w", err)
	}
	m.trim()
	return &m, nil
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
