package bot_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/bot/discordtest"
)

// BenchmarkE2E measures the whole path on the test server with the real
// engine over the embedded corpus: INTERACTION_CREATE dispatched on the
// gateway → discordgo → dispatcher → engine → embed → callback received
// by the server. p50/p99 are of that latency as the server measures it.
func BenchmarkE2E(b *testing.B) {
	cases := []struct {
		name string
		in   []discordtest.Interaction
	}{
		{"ask", []discordtest.Interaction{
			ask("what security guarantees were offered to Ukraine?"),
			ask("who is Claudia Major?"),
			ask("Donbas economic free zone"),
			ask("who won the world cup"),
		}},
		{"quote", []discordtest.Interaction{
			ask("what did Peskov say"),
			{Name: "quote", Options: []discordtest.Option{{Name: "speaker", Value: "Dmitry Peskov"}}},
		}},
		{"autocomplete", []discordtest.Interaction{
			{Name: "quote", Options: []discordtest.Option{{Name: "speaker", Value: "pes", Focused: true}}},
		}},
	}
	for _, bc := range cases {
		b.Run(bc.name, func(b *testing.B) {
			srv := discordtest.NewServer(b, discordtest.Options{})
			startBot(b, srv, bot.Options{})
			ctx := context.Background()
			var lat []time.Duration
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				in := bc.in[i%len(bc.in)]
				var r *discordtest.Reply
				var err error
				if len(in.Options) > 0 && in.Options[0].Focused {
					in.Type = discordgo.InteractionApplicationCommandAutocomplete
				}
				r, err = srv.Interact(ctx, in)
				if err != nil {
					b.Fatal(err)
				}
				lat = append(lat, r.Latency)
			}
			b.StopTimer()
			slices.Sort(lat)
			pct := func(p float64) float64 {
				return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000
			}
			b.ReportMetric(pct(0.50), "p50-ms")
			b.ReportMetric(pct(0.99), "p99-ms")
		})
	}
}
