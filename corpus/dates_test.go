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
		{"December 20, 2025 10:42 AM GMT+1 Updated 2 hours ago", "2025-12-20"},
		{"12 Dec 2025 10:00 UTC+2", "2025-12-12"},
		{"Friday, 19 December 2025", "2025-12-19"},
		{"19 December, 2025", "2025-12-19"},
		{"3rd March 2024", "2024-03-03"},
		{"Mon, 15 Dec 2025 12:42:00 +0100", "2025-12-15"},
		{"2025-11-27T23:30:00-05:00", "2025-11-27"}, // the date the page prints, not UTC's
		{"12/18/2025", "2025-12-18"},                // US
		{"18/12/2025", "2025-12-18"},                // UK, read once the US order cannot be
		{"1.2.2025", "2025-02-01"},                  // dots are day first
		{"By Lena Hartmann, December 3, 2025", "2025-12-03"},
		{"First published: 13-Feb-2047 14:05 GMT | Updated: 17:32 GMT", "2047-02-13"}, // as wire services write it
		{"03-May-2042 09:14 GMT", "2042-05-03"},
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
	for _, in := range []string{"", "no date here", "31 February 2025", "2025-13-01", "02:45", "Article 5", "December 2025",
		"2025", "1766223720", "Dec 15", "2 hours ago", "Updated 2 hours ago", "1.2.3", "2025-12-18-19", "version 1.2.2025.4", "Article 5.1.2025x", "31-Feb-2047", "13-Feb-47", "13/Feb/2047x"} {
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
		{"December 20, 2025 10:42 AM GMT+1 Updated 2 hours ago", true},
		{"Thursday, December 18, 2025 | 3:15 p.m. ET", true},
		{"Published 18.12.2025, 10h42", true},
		{"2 hours ago", false}, // relative: no date in it
		{"Kyiv, 15 December 2025", false},
		{"Wednesday 15 September 2077, 11:00 local time", true},
		{"Talks resume at 11:00 local time on 15 September 2077", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if _, got := dateLine(tt.in); got != tt.want {
				t.Errorf("dateLine(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestRelativeLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"2 hours ago", true},
		{"Updated 5 mins ago", true},
		{"an hour ago", true},
		{"Yesterday", true},
		{"2h ago", true},
		{"Two hours ago, the talks broke up.", false},
		{"Hours ago", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := relativeLine(tt.in); got != tt.want {
				t.Errorf("relativeLine(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestStampLine(t *testing.T) {
	tests := []struct {
		in            string
		stamp, detail bool
	}{
		{"12:42 GMT", true, true},
		{"3:15 p.m. ET", true, true},
		{"Dec 15, 12:42", true, true},
		{"12:42", true, false},
		{"1:02:45", true, false},
		{"12:42 Envoys arrive", false, false},
		{"December 15, 2025", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, ok := stampLine(tt.in)
			if ok != tt.stamp || (ok && stampHasContext(tt.in) != tt.detail) {
				t.Errorf("stampLine(%q) = %v (context %v), want %v (%v)", tt.in, ok, stampHasContext(tt.in), tt.stamp, tt.detail)
			}
		})
	}
}

// A transcript's line of where and when ("Essmark, Wednesday 15 September
// 2077, 11:00 local time") is its dateline: the place and the date.
func TestDatelineInLocalTime(t *testing.T) {
	m, ok := datelineOnly("Essmark, Wednesday 15 September 2077, 11:00 local time")
	if !ok || m.place != "Essmark" || m.date != "2077-09-15" {
		t.Errorf("datelineOnly = %+v, %v; want Essmark, 2077-09-15", m, ok)
	}
}
