package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runConfig runs `talksbot config` with a clean user config dir.
func runConfig(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	var out, errb bytes.Buffer
	code = run(t.Context(), append([]string{"config"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

func TestConfigCommand(t *testing.T) {
	const secret = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.cmd-secret-token"
	good := filepath.Join(t.TempDir(), "talksbot.yaml")
	if err := os.WriteFile(good, []byte("limits:\n  questions_per_minute: 9\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "talksbot.yaml")
	if err := os.WriteFile(bad, []byte("answer:\n  max_pasages: 3\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name       string
		args       []string
		env        map[string]string
		wantCode   int
		wantOut    []string
		wantErr    []string
		notWantOut []string
	}{
		{
			name:       "file, environment and flags",
			args:       []string{"--config", good, "--log-level", "debug"},
			env:        map[string]string{"TALKSBOT_DISCORD_TOKEN": secret, "TALKSBOT_DATA_DIR": "/srv/talksbot"},
			wantOut:    []string{good, "questions_per_minute: 9", "level: debug", "dir: /srv/talksbot", "discord.token is set", "api_url: https://discord.com/"},
			notWantOut: []string{secret, "cmd-secret-token"},
		},
		{
			name:    "no file",
			env:     map[string]string{"TALKSBOT_DISCORD_TOKEN": ""},
			wantOut: []string{"no talksbot.yaml found", "questions_per_minute: 6", "max_passages: 5"},
		},
		{
			name:     "unknown key",
			args:     []string{"--config", bad},
			wantCode: 1,
			wantErr:  []string{"answer.max_pasages", "did you mean answer.max_passages?"},
		},
		{
			name:     "bad value from the environment",
			env:      map[string]string{"TALKSBOT_LIMITS_QUESTIONS_PER_MINUTE": "0"},
			wantCode: 1,
			wantErr:  []string{"limits.questions_per_minute", "at least 1"},
		},
		{
			name:    "misspelt variable warned about",
			env:     map[string]string{"TALKSBOT_LOG_LEVL": "debug"},
			wantErr: []string{"warning", "TALKSBOT_LOG_LEVL", "TALKSBOT_LOG_LEVEL"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			code, out, errOut := runConfig(t, tc.args...)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.wantCode, errOut)
			}
			for _, w := range tc.wantOut {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tc.wantErr {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q: %s", w, errOut)
				}
			}
			for _, w := range tc.notWantOut {
				if strings.Contains(out+errOut, w) {
					t.Errorf("output shows %q", w)
				}
			}
		})
	}
}
