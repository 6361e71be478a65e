package bot

import (
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// recordTransport remembers the URL it was asked for.
type recordTransport struct{ got []string }

func (r *recordTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r.got = append(r.got, req.URL.String()+" host="+req.Host)
	return &http.Response{StatusCode: 204, Body: http.NoBody, Header: http.Header{}, Request: req}, nil
}

func TestNewHTTPClientRebases(t *testing.T) {
	tests := []struct {
		apiURL, request, want string
	}{
		{"http://127.0.0.1:8080/", discordgo.EndpointGateway, "http://127.0.0.1:8080/api/v9/gateway host=127.0.0.1:8080"},
		{"http://127.0.0.1:8080", discordgo.EndpointGateway, "http://127.0.0.1:8080/api/v9/gateway host=127.0.0.1:8080"},
		{"https://proxy.example/discord/", discordgo.EndpointInteractionResponse("1", "tok"), "https://proxy.example/discord/api/v9/interactions/1/tok/callback host=proxy.example"},
		{"https://discord.com/", discordgo.EndpointGateway, "https://discord.com/api/v9/gateway host=discord.com"},
		{"", discordgo.EndpointGateway, "https://discord.com/api/v9/gateway host=discord.com"},
		{"http://127.0.0.1:8080/", "https://cdn.discordapp.com/attachments/1/2/a.txt", "https://cdn.discordapp.com/attachments/1/2/a.txt host=cdn.discordapp.com"},
	}
	for _, tt := range tests {
		t.Run(tt.apiURL+" "+tt.request, func(t *testing.T) {
			rec := &recordTransport{}
			c, err := NewHTTPClient(tt.apiURL, rec)
			if err != nil {
				t.Fatal(err)
			}
			req, _ := http.NewRequest("GET", tt.request, nil)
			resp, err := c.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if len(rec.got) != 1 || rec.got[0] != tt.want {
				t.Errorf("sent to %v, want %s", rec.got, tt.want)
			}
		})
	}
	for _, bad := range []string{"127.0.0.1:8080", "not a url", "/relative/"} {
		if _, err := NewHTTPClient(bad, nil); err == nil {
			t.Errorf("NewHTTPClient(%q) accepted", bad)
		}
	}
}

func TestNewSessionToken(t *testing.T) {
	if _, err := NewSession("  ", "", nil, nil); err != ErrNoToken {
		t.Errorf("empty token: %v", err)
	}
	for _, tok := range []string{"abc.def", "Bot abc.def"} {
		s, err := NewSession(tok, "http://127.0.0.1:1/", nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if s.Token != "Bot abc.def" || s.Identify.Token != "Bot abc.def" {
			t.Errorf("token sent as %q", s.Token)
		}
		if s.Identify.Intents != Intents || s.Identify.Intents&discordgo.IntentsMessageContent != 0 {
			t.Errorf("intents %d", s.Identify.Intents)
		}
		// discordgo's retry sleeps past any deadline; restLimiter retries.
		if s.ShouldRetryOnRateLimit {
			t.Error("discordgo's own 429 retries are on")
		}
		if _, ok := s.Client.Transport.(*restLimiter); !ok {
			t.Errorf("REST transport %T, want the restLimiter", s.Client.Transport)
		}
	}
}

func TestBridgeLogsDropsDebugLines(t *testing.T) {
	prev := discordgo.Logger
	defer func() { discordgo.Logger = prev }()
	var buf syncBuffer
	BridgeLogs(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})))
	discordgo.Logger(discordgo.LogDebug, 1, "Identify Packet: %s", "Bot secret-token")
	discordgo.Logger(discordgo.LogError, 1, "error reading from gateway %s", "ws://x")
	out := buf.String()
	if strings.Contains(out, "secret-token") {
		t.Errorf("debug line with the token was logged: %s", out)
	}
	if !strings.Contains(out, "level=ERROR") || !strings.Contains(out, "component=discordgo") {
		t.Errorf("error line not bridged: %s", out)
	}
}
