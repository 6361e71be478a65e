package corpus

import "testing"

func TestFurniture(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"1. Skip to content", "navigation"},
		{"Skip to main menu", "navigation"},
		{"-", "bullet"},
		{"•", "bullet"},
		{"02:45", "video duration"},
		{"1:02:45", "video duration"},
		{"This browser does not support the video element.", "video widget"},
		{"Ukraine might drop its bid to become a member of NATO Image: Andreas Stroh/Zumapress/picture alliance", "image caption"},
		{"Ukrainian President Zelenskyy was upbeat about progress made in BerlinImage: Lisi Niesner/AFP", "image caption"},
		{"A convoy waits at the border crossingPhoto: Example Agency/Handout", "image caption"},
		{"Share this article", "boilerplate"},
		{"Advertisement", "boilerplate"},
		{"Subscribe to our newsletter", "boilerplate"},
		{"We use cookies to give you the best experience.", "boilerplate"},
		{"Facebook Twitter WhatsApp", "share buttons"},
		{"![Delegates arrive](https://example.org/a.jpg)", "image"},
		{"2 days ago", "relative date"},
		{"Getty Images", "image credit"},
		{"Sergei Supinsky/AFP", "image credit"},
		{"Save", "boilerplate"},
		{"This text was originally published in Ukrainian.", "boilerplate"},
		{"Advertisement · Scroll to continue", "boilerplate"},
		{"Reporting by Guy Faulconbridge; Editing by Andrew Osborn", "boilerplate"},
		{"(Additional reporting by Tom Balmforth in Kyiv)", "boilerplate"},
		// Text that only looks like furniture stays.
		{"Image: the word alone does not make a caption. It was a long sentence.", ""},
		{"Share prices in Moscow fell after the Kremlin rejected the ceasefire proposal on Thursday.", ""},
		{"The cookie industry is not part of the talks.", ""},
		{"He said: \"We have not seen any texts yet.\"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := furniture(tt.line); got != tt.want {
				t.Errorf("furniture(%q) = %q, want %q", tt.line, got, tt.want)
			}
		})
	}
}

func TestBreadcrumb(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"PoliticsUkraine", true},
		{"World | Europe", true},
		{"News > Europe > Ukraine", true},
		{"What security guarantees is Ukraine likely to be granted?", false},
		{"Ukraine", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := isBreadcrumb(tt.line); got != tt.want {
				t.Errorf("isBreadcrumb(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestByline(t *testing.T) {
	tests := []struct {
		line, want string
		ok         bool
	}{
		{"By Danilo Bilek", "Danilo Bilek", true},
		{"By Anna Kowalska and Tom Baker", "Anna Kowalska and Tom Baker", true},
		{"by Sofia Brandt | The Example Post", "Sofia Brandt", true},
		{"By Lena Hartmann, December 3, 2025", "Lena Hartmann", true},
		{"By the end of the week, negotiators hoped to agree on a text.", "", false},
		{"Byline missing", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			got, ok := byline(tt.line)
			if got != tt.want || ok != tt.ok {
				t.Errorf("byline(%q) = %q, %v; want %q, %v", tt.line, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestHeadingShaped(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Security Guarantees and NATO Ambitions", true},
		{"Russia believes it's 'on the path to victory'", true},
		{"Would the security guarantees be like NATO's Article 5?", true},
		{"Russia's attacks on Ukraine are likely to continue over the holidays.", false},
		{"the lower-case start of a wrapped line", false},
		{"Stewart said it would only be possible to assess the guarantees thoroughly once all the details had been published", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := headingShaped(tt.line); got != tt.want {
				t.Errorf("headingShaped(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}
