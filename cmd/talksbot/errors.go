package main

import (
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/talksbot/talksbot/index"
)

// The CLI says what went wrong in one plain sentence with the fix, after
// "talksbot COMMAND: ". Commands do not prefix their errors (main names
// the command once); the packages' chains ("index: eval file: yaml: …")
// are for logs, so what reaches the user is either a userError written
// for them or a chain with the package prefixes taken out.

// userError is a message written for the person at the terminal.
type userError struct{ msg string }

func (e *userError) Error() string { return e.msg }

func userErrorf(format string, args ...any) error {
	return &userError{fmt.Sprintf(format, args...)}
}

// packagePrefix is an operation prefix our packages put on errors.
var packagePrefix = regexp.MustCompile(`(^|: )(?:index|corpus|config|bot|load|eval file|invalid configuration): `)

// goType is a Go type name, which means nothing to a user.
var goType = regexp.MustCompile(`(?:\[\])?\*?\b(?:index|corpus|config|bot|main)\.[A-Z]\w*`)

// plainError is the message shown for err.
func plainError(err error) string {
	var ue *userError
	if errors.As(err, &ue) {
		return ue.msg
	}
	s := err.Error()
	for {
		t := packagePrefix.ReplaceAllString(s, "$1")
		if t == s {
			break
		}
		s = t
	}
	s = goType.ReplaceAllString(s, "")
	// errors.Join puts one problem a line; one sentence reads better.
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", "; ")), " ")
	return strings.TrimSpace(s)
}

// Errors the CLI words itself.

// corpusError explains why the corpus folder cannot be read.
func corpusError(dir string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return userErrorf("the corpus folder %s does not exist; give an existing folder with --corpus (or corpus.dir in talksbot.yaml)", dir)
	}
	if errors.Is(err, fs.ErrPermission) {
		return userErrorf("the corpus folder %s cannot be read (permission denied); check its permissions or give another with --corpus", dir)
	}
	return fmt.Errorf("corpus %s: %w", dir, err)
}

// evalKeys are the keys a relevance case takes, from index.EvalCase.
func evalKeys() []string {
	var keys []string
	t := reflect.TypeFor[index.EvalCase]()
	for i := range t.NumField() {
		if k, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); k != "" && k != "-" {
			keys = append(keys, k)
		}
	}
	return keys
}

var (
	yamlLine     = regexp.MustCompile(`^line (\d+): (.*)$`)
	yamlNotFound = regexp.MustCompile(`field (\S+) not found`)
)

// evalFileError explains what is wrong with a relevance file.
func evalFileError(path string, err error) error {
	var te *yaml.TypeError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return userErrorf("there is no file %s; give the path of a YAML list of questions (see talksbot eval --help)", path)
	case errors.Is(err, fs.ErrPermission):
		return userErrorf("%s cannot be read (permission denied); check its permissions", path)
	case errors.As(err, &te) && len(te.Errors) > 0:
		var what []string
		for _, e := range te.Errors {
			line, msg := "", e
			if m := yamlLine.FindStringSubmatch(e); m != nil {
				line, msg = "line "+m[1]+": ", m[2]
			}
			if m := yamlNotFound.FindStringSubmatch(msg); m != nil {
				msg = fmt.Sprintf("unknown key %q; a question takes %s", m[1], strings.Join(evalKeys(), ", "))
			} else {
				msg = "expected a list of questions, each like \"- q: what did Peskov say\" with what the answer must hold"
			}
			what = append(what, line+msg)
		}
		return userErrorf("%s: %s (see talksbot eval --help)", path, strings.Join(what, "; "))
	}
	msg := plainError(err)
	if strings.HasPrefix(msg, "yaml: ") {
		return userErrorf("%s is not valid YAML: %s", path, strings.TrimPrefix(msg, "yaml: "))
	}
	return userErrorf("%s: %s", path, msg)
}
