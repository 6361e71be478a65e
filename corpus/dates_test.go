package corpus

import (
	"errors"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Published 14 December 2025", "2025-12-14"},
		{"December 18, 2025", "2025-12-18"},
		{"2025-12-18", "2025-12-18"},
		{"2025-11-27T08:45:00+01:00", "2025-11-27"},
		{"2025-12-01T07:30:00Z", "2025-12-01"},
		{"Updated: Dec. 19, 2025 10:15 GMT", "2025-12-19"},
		{"Thursday, December 18, 2025", "2025-12-18"},
		{"18 Dec 2025", "2025-12-18"},
		{"3rd of March 2024", "2024-03-03"},
		{"March 3rd, 2024", "2024-03-03"},
		{"18.12.2025", "2025-12-18"},
		{"2025/12/18", "2025-12-18"},
		{"Sept 9 2025", "2025-09-09"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{"", "no date here", "31 February 2025", "2025-13-01", "02:45", "Article 5", "December 2025"} {
		t.Run(in, func(t *testing.T) {
			if got, err := ParseDate(in); !errors.Is(err, ErrNoDate) {
				t.Errorf("ParseDate(%q) = %q, %v; want ErrNoDate", in, got, err)
			}
		})
	}
}

// A dateline is a line that is only a date; a sentence that contains a
// date is text.
func TestDateLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Published 14 December 2025", true},
		{"December 18, 2025", true},
		{"Updated: Dec. 19, 2025 10:15 GMT", true},
		{"Last updated on Friday, 19 December 2025 | 10:15", true},
		{"One of the main topics of discussion in Berlin on December 14, 2025 was security.", false},
		{"Talks resume on 3 January 2026 in Geneva", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if _, got := dateLine(tt.in); got != tt.want {
				t.Errorf("dateLine(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
