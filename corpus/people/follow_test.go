package people

import (
	"slices"
	"strings"
	"testing"
)

// Attribution follows the text: each case is a general rule, shown on
// sentences written for this test.
func TestAttributionFollowsTheText(t *testing.T) {
	type q struct{ speaker, text string }
	tests := []struct {
		name  string
		paras []string
		want  []q // quotations, in order, by the start of their text
	}{
		{
			name: "\"the Russian delegate\" is the one the text gave a head of Russia's delegation (\"Moscow's delegation is headed by X\", \"Russia's delegation head, X\"); \"he\" after it is him",
			paras: []string{
				`Moscow's delegation is headed by Deputy Culture Minister Arkady Voronin. The Russian delegate has argued throughout that the collections were moved to protect them. "Nobody would be talking about returning these paintings today," he told a press conference.`,
			},
			want: []q{{"Arkady Voronin", "Nobody would be talking"}},
		},
		{
			name: "a role set before a titled name with a comma (\"Russia's delegation head, Deputy Culture Minister X,\") is theirs: \"the Russian delegate\" after it is them",
			paras: []string{
				`Ukraine's delegation head, Culture Minister Olena Hrytsenko, and Russia's delegation head, Deputy Culture Minister Pavel Orlov, met on Monday.`,
				`"The list is complete and it is final," the Russian delegate said.`,
			},
			want: []q{{"Pavel Orlov", "The list is complete"}},
		},
		{
			name: "a second \"that\" clause (\"X told AFP that …, and that Moscow regarded the deal as \"…\"\") is X's, whatever verb of speech the first clause reports; a body's is no one's",
			paras: []string{
				`Arkady Voronin signed for Russia. Voronin told AFP that Russia had insisted on the word "transfer" throughout, and that Moscow regarded the deal as "a humanitarian gesture, not an admission".`,
				`The ministry said that the talks would go on, and that the deal was "a first page, not the whole book".`,
			},
			want: []q{{"Arkady Voronin", "a humanitarian gesture"}, {"", "a first page"}},
		},
		{
			name: "a second \"that\" clause after a verb whose first \"that\" is left implicit (\"a statement saying the government \"…\" but that …\") is the speaker's, past a verb of speech in a clause qualifying a noun (\"the phone call the governor described\"), which is not whose words follow",
			paras: []string{
				`Governor Dalia Ferenc says the deputy prime minister phoned her last week.`,
				`His spokesman, Anzel Bory, sent a statement saying the government "respects the governor personally" but that the permits question is settled, and that the phone call the governor described "did not take place in the terms she has given".`,
			},
			want: []q{{"Anzel Bory", "respects the governor personally"}, {"Anzel Bory", "did not take place"}},
		},
		{
			name: "a name right before the colon opening a quotation speaks (an embedded post: \"@UNESCO_Culture ADG Amadou Diallo: \"…\"\"), not one a verb or a preposition makes whom it is said to",
			paras: []string{
				`UNESCO's Amadou Diallo says the agency will launch an appeal. UNESCO Culture @UNESCO_Culture ADG Amadou Diallo: "Paintings make headlines. Archives make justice possible." #CulturalProperty`,
				`Olena Hrytsenko wrote back the same evening in a letter to Amadou Diallo: "We accept every condition you have set, without exception."`,
			},
			want: []q{{"Amadou Diallo", "Paintings make headlines"}, {"Olena Hrytsenko", "We accept every condition"}},
		},
		{
			name: "\"in his words\" before a quotation is the one \"his\" stands for; two men before it, no one",
			paras: []string{
				`Special Envoy Steve Witkoff spoke by phone on Monday. The call lasted 40 minutes and was, in his words, "businesslike, with no surprises at all."`,
				`Witkoff met Yuri Ushakov on Tuesday. The meeting was, in his words, "long but useful for everyone there."`,
			},
			want: []q{{"Steve Witkoff", "businesslike"}, {"", "long but useful"}},
		},
		{
			name: "\"the 54-year-old\" is the one the text gave that age (\"Serhiy Lytvyn, 54,\"); an age no one was given is no one",
			paras: []string{
				`On the bridge stood Serhiy Lytvyn, 54, who has commanded the ship for six years. Nadiia Borysenko, 38, runs a crane.`,
				`"Paper is only paper, nothing more," the 54-year-old added. "I believe the minehunters more than the politicians."`,
				`"My hands remembered before my head did," said the 38-year-old.`,
				`"Nobody asked us about any of it," the 61-year-old said.`,
			},
			want: []q{{"Serhiy Lytvyn", "Paper is only paper"}, {"Serhiy Lytvyn", "I believe the minehunters"}, {"Nadiia Borysenko", "My hands remembered"}, {"", "Nobody asked us"}},
		},
		{
			name: "\"put it\" attributes the words after it (\"As X put it to me, …\"), never a quotation before it",
			paras: []string{
				`It asks little trust of anyone. As Ambassador Selim Karaca, the Turkish mediator, put it to me in Istanbul, "a truce at sea is only as strong as its weakest buoy."`,
				`A European diplomat, who asked not to be named, said her counterparts had underestimated her. "They thought she was the note-taker," the diplomat said. "By the second week they were addressing their questions to her and not to the minister." Claire Dumont, a French legal adviser, put it differently.`,
			},
			want: []q{{"Selim Karaca", "a truce at sea"}, {"", "They thought she was"}, {"", "By the second week"}},
		},
		{
			name: "\"the Red Cross official\" is the one whose title names the Red Cross (\"who heads the ICRC's tracing work\"); \"the UN official\" or \"the official\" alone is not her",
			paras: []string{
				`Marguerite Aebischer, who heads the ICRC's tracing work for the conflict, said her teams had visited detention sites.`,
				`The Red Cross official said many relatives had "no idea whether to grieve or to keep waiting".`,
				`"The lists are long," the UN official said.`,
				`"The lists are long," the official said.`,
			},
			want: []q{{"Marguerite Aebischer", "no idea whether to grieve"}, {"", "The lists are long"}, {"", "The lists are long"}},
		},
		{
			name: "a role noun with a plain noun before it (\"the crane operator\") is the one the text gave that title, by a verb (\"has operated a crane\") or in apposition; \"she\" after it is her",
			paras: []string{
				`Nadiia Borysenko, 38, has operated a gantry crane at Berth 7 for eleven years.`,
				`This week the port moved her back to five days. The crane operator said she loaded more grain on Tuesday. "My hands remembered before my head did," she said.`,
				`"Everyone asks me if this is peace," the crane operator said.`,
				`Olha Hrytsak, 51, a crane operator at the next berth, has worked there since 2003.`,
				`"It is quieter now," the operator said.`,
			},
			want: []q{{"Nadiia Borysenko", "My hands remembered"}, {"Nadiia Borysenko", "Everyone asks me"}, {"Olha Hrytsak", "It is quieter now"}},
		},
		{
			name: "a naming verb joined by \"and\" to a speech verb has its speaker, unless someone is named between",
			paras: []string{
				`Foreign ministry spokeswoman Maria Zakharova hit back on Wednesday at NATO Secretary General Mark Rutte.`,
				`At her weekly briefing, Zakharova said the alliance "has no business lecturing anyone about monitoring" and described Rutte's remarks about the nuclear plant as "a crude attempt to prejudge the talks".`,
				`Zakharova said Rutte had "no business lecturing anyone" and described the plan as "a crude attempt at pressure".`,
			},
			want: []q{{"Maria Zakharova", "has no business"}, {"Maria Zakharova", "a crude attempt to prejudge"}, {"Maria Zakharova", "no business lecturing"}, {"", "a crude attempt at pressure"}},
		},
		{
			name: "\"he\" after an unnamed role for a body is that role's, never a man named a paragraph before",
			paras: []string{
				`Mike Waltz (United States) said his country had "pushed hard for this mission from the first day in Ankara".`,
				`The speaker for the Russian Federation said his delegation had abstained. "We signed a memorandum in Ankara, not an invitation to NATO," he said. His country would cooperate in good faith, he said, adding that sanctions relief should be "the logical next step".`,
			},
			want: []q{{"Mike Waltz", "pushed hard"}, {"", "We signed a memorandum"}, {"", "the logical next step"}},
		},
		{
			name:  "a participle after \"she said,\" goes on with her; \"according to\" after a speech verb is only the source",
			paras: []string{`Ms. Harriet Cole (United Kingdom) said the resolution was "a clear signal to everyone". Her country would lead the force, she said, stressing that it would be stationed "far from the line" for now.`, `Rustem Umerov, the chief negotiator, told a committee in a closed session that the round had been "the hardest so far, and the most useful", according to two lawmakers who were present.`},
			want:  []q{{"Harriet Cole", "a clear signal"}, {"Harriet Cole", "far from the line"}, {"Rustem Umerov", "the hardest so far"}},
		},
		{
			name:  "a quotation after an attributed one continues it: \"state\" in \"Russian state television\" is no speech verb",
			paras: []string{`Deputy Foreign Minister Yevgeny Kolosov struck a different note. "The memorandum reflects the situation on the ground," Kolosov told Russian state television outside the venue. "Everything else is a matter for the next round."`},
			want:  []q{{"Yevgeny Kolosov", "The memorandum reflects"}, {"Yevgeny Kolosov", "Everything else is"}},
		},
		{
			name:  "a digit before a full stop ends a sentence; only a letter is an initial",
			paras: []string{`Negotiators confirmed a 30-day halt starting on Tuesday, January 6. US special envoy Steve Witkoff, who chaired both sessions, called it "a small door, but a door that opens from both sides." The delegations left.`},
			want:  []q{{"Steve Witkoff", "a small door"}},
		},
		{
			name:  "a firm after a title it shares with people (\"grid operator Ukrenergo\") is no one; \"he\" is then the one man named",
			paras: []string{`Taras Bondar, chief dispatcher at Ukraine's grid operator Ukrenergo, has been explaining it. A plant of that size running on one line is "like a patient on one lung", he told us.`},
			want:  []q{{"Taras Bondar", "like a patient"}},
		},
		{
			name: "a name whose given name the lexicon lacks: \", who\" makes it a person's, and a label by surname finds it",
			paras: []string{
				`Two days before the exchange, Marguerite Aebischer has not slept much. The Swiss lawyer heads the tracing team.`,
				`Kivela: What exactly does the Red Cross do on the day of an exchange?`,
				`Aebischer: We are the last people to speak to each prisoner alone before the crossing.`,
				`Kivela: And then?`,
				`Aebischer: Then we check the lists again, name by name, with both sides.`,
			},
			want: []q{{"Marguerite Aebischer", "We are the last people"}, {"Marguerite Aebischer", "Then we check the lists"}},
		},
		{
			name:  "a full name \", who …\" is a person's though its given name is unknown",
			paras: []string{`Marguerite Aebischer, who heads the tracing work, said her teams had visited every site. "We have seen people who are exhausted and underweight," she said.`},
			want:  []q{{"Marguerite Aebischer", "We have seen people"}},
		},
		{
			name:  "said the role of a body, a comma, then the name holding it",
			paras: []string{`"A warrant is not a verdict, but it is a promise to the children," said the Registrar of the Court, Ana Lucia Ferreyra. "The Court has no police force of its own."`},
			want:  []q{{"Ana Lucia Ferreyra", "A warrant is not"}, {"Ana Lucia Ferreyra", "The Court has no"}},
		},
		{
			name:  "\"who argued that\" after a name and its apposition is that person's",
			paras: []string{`The opposition case was led by Halyna Dovhan, an opposition MP from Lviv, who argued that the single question was "a take-it-or-leave-it ultimatum dressed up as democracy". The Speaker, who chaired the debate, called it "a legitimate choice for voters".`},
			want:  []q{{"Halyna Dovhan", "a take-it-or-leave-it"}, {"", "a legitimate choice"}},
		},
		{
			name:  "a clause after the quotation opening with \"and\" is someone else's, not its attribution",
			paras: []string{`Prime Minister Keir Starmer told MPs on Wednesday that the force would "follow the peace, not precede it", and President Emmanuel Macron has said much the same.`},
			want:  []q{{"Keir Starmer", "follow the peace"}},
		},
		{
			name:  "a pronoun goes to the speaker of the sentence before, not to a person it only names",
			paras: []string{`Kremlin spokesman Dmitry Peskov said Moscow had received the plan from Witkoff. "We are studying it carefully now," he said.`},
			want:  []q{{"Dmitry Peskov", "We are studying"}},
		},
		{
			name:  "two men in the sentence before and no speaker: he is a guess, so no one",
			paras: []string{`French President Emmanuel Macron met Chancellor Friedrich Merz in Paris on Friday. "We agree on almost everything here," he said.`},
			want:  []q{{"", "We agree"}},
		},
		{
			name:  "a title gives a gender: she is the spokeswoman known by her surname only",
			paras: []string{`Foreign ministry spokeswoman Zakharenko and Deputy Minister Ivan Grushko briefed reporters. "Nobody asked Moscow about this plan," she said.`},
			want:  []q{{"Zakharenko", "Nobody asked"}},
		},
		{
			name:  "a pronoun across a paragraph finds the one fitting person",
			paras: []string{`Colonel Anna Berger, who commands the training mission, spoke to reporters in Lviv.`, `"Our instructors are stretched to the limit," she said.`},
			want:  []q{{"Anna Berger", "Our instructors"}},
		},
		{
			name:  "a pronoun chain: 'She said …' makes her the speaker the next 'she' finds",
			paras: []string{`"We advise Moscow to read the text first," said Iryna Kolesnyk, the spokeswoman for the ministry.`, `She said the ministry would publish a summary soon. "Transparency matters to all of us," she said.`},
			want:  []q{{"Iryna Kolesnyk", "We advise"}, {"Iryna Kolesnyk", "Transparency"}},
		},
		{
			name:  "people in a list or an apposition are not the subject; two women make she a guess",
			paras: []string{`Two nurses, Olha Danko and Maria Hrytsai, had worked through the night. "Nobody has asked us what we need here," she said.`},
			want:  []q{{"", "Nobody has asked"}},
		},
		{
			name:  "names joined by 'and' are a group, not one speaker",
			paras: []string{`Steve Witkoff and Jared Kushner met Russian officials for five hours. "It was a very productive meeting indeed," he said.`},
			want:  []q{{"", "It was a very"}},
		},
		{
			name:  "a colon after any verb gives the quotation to that clause's subject",
			paras: []string{`"The deal is a good start for everyone," said Senator Paul Norris. Senator Anna Berg, a Republican, disagreed: "This deal gives away far too much."`},
			want:  []q{{"Paul Norris", "The deal is"}, {"Anna Berg", "This deal gives"}},
		},
		{
			name:  "a clause of its own with no person as subject: no one, and not the paragraph's last speaker",
			paras: []string{`"We will hold the line here," said Petro Hrytsai, a soldier. His sister frowned: "They said that last winter too, and the winter before."`},
			want:  []q{{"Petro Hrytsai", "We will hold"}, {"", "They said that"}},
		},
		{
			name:  "', while X …:' opens a new speaker's clause",
			paras: []string{`"The plan is dead in its current form," Sergei Lavrov said, while Kirill Dmitriev, the Russian envoy, struck a softer tone: "We can still find a way forward."`},
			want:  []q{{"Sergei Lavrov", "The plan is dead"}, {"Kirill Dmitriev", "We can still"}},
		},
		{
			name:  "a quotation inside a sentence that goes on is the sentence subject's; a passive after it is no one",
			paras: []string{`Senator Anna Berg wrote on X that Congress would "demand to see every single page" of the deal before it was asked to vote.`},
			want:  []q{{"Anna Berg", "demand to see"}},
		},
		{
			name:  "'the official' after 'one official' is that unnamed official, not a named one before",
			paras: []string{`Russian official Ivan Sorokin briefed reporters in the morning. According to one official present, the talks were tense, but the official said: "Nobody walked out of the room."`},
			want:  []q{{"", "Nobody walked"}},
		},
		{
			name:  "'his office quoted him as saying' is him",
			paras: []string{`In Kyiv, Ukrainian President Volodymyr Zelensky thanked the partners. "We are grateful for every bit of support," his office quoted him as saying.`},
			want:  []q{{"Volodymyr Zelensky", "We are grateful"}},
		},
		{
			name:  "X's office is not X",
			paras: []string{`Ukrainian President Volodymyr Zelensky was in Brussels. "The president will travel on to Warsaw on Monday," Zelensky's office said.`},
			want:  []q{{"", "The president will"}},
		},
		{
			name:  "the spokesman for a named leader is the spokesman: the one named nearby, else no one",
			paras: []string{`Dmitry Peskov spoke on his daily call. "There are no such plans for now," the spokesman for Russian President Vladimir Putin said.`, `"We will study any document that actually exists," said the spokesman for the Russian president.`},
			want:  []q{{"Dmitry Peskov", "There are no"}, {"Dmitry Peskov", "We will study"}},
		},
		{
			name:  "the spokesman for a leader with no spokesman named is no one, never the leader",
			paras: []string{`"There are no such plans for now," the spokesman for Russian President Vladimir Putin said.`},
			want:  []q{{"", "There are no"}},
		},
		{
			name:  "a role noun with a nationality finds the holder of that country's title",
			paras: []string{`US envoy Keith Ross and Russian negotiator Pavel Orlov met in Riyadh.`, `"The sanctions must go before anything else," the Russian negotiator said.`},
			want:  []q{{"Pavel Orlov", "The sanctions"}},
		},
		{
			name:  "the subject after a fronted phrase speaks, not the name inside it",
			paras: []string{`Standing next to Merz at the news conference, Zelensky said the guarantees must come "with respect for Ukraine," and that nothing could be decided without Kyiv.`},
			want:  []q{{"Volodymyr Zelensky", "with respect for"}},
		},
		{
			name: "two people of one surname are two; a son introduced as hers leaves the surname alone to his mother",
			paras: []string{
				`Olena Koval, 54, runs a bakery near the square. "We bake whatever happens in Berlin," she said.`,
				`Her son, Andriy Koval, 22, serves in a drone unit. "A line on a map stops no one," he said.`,
				`Back at the bakery, Koval handed a customer a loaf. "People need bread in any case," the baker said.`,
			},
			want: []q{{"Olena Koval", "We bake"}, {"Andriy Koval", "A line on"}, {"Olena Koval", "People need"}},
		},
		{
			name: "two people of one surname, neither introduced as the other's relative: the surname alone names neither",
			paras: []string{
				`Olena Koval, 54, runs a bakery near the square. "We bake whatever happens in Berlin," she said.`,
				`Andriy Koval, 22, a drone operator from the next street, was blunter. "A line on a map stops no one," he said.`,
				`Back at the bakery, Koval handed a customer a loaf. "People need bread in any case," Koval said.`,
			},
			want: []q{{"Olena Koval", "We bake"}, {"Andriy Koval", "A line on"}, {"", "People need"}},
		},
		{
			name:  "after 'said the minister, who met X', the minister speaks, not X",
			paras: []string{`"The talks were long and hard for everyone," said the minister, who met Zelensky in Kyiv on Friday.`},
			want:  []q{{"", "The talks were"}},
		},
		{
			name:  "a possessive's role is that owner's: 'Zelensky's spokesman' is not the Kremlin spokesman",
			paras: []string{`Kremlin spokesman Dmitry Peskov spoke in the morning.`, `"Nothing has been agreed yet, nothing at all," said Zelensky's spokesman.`},
			want:  []q{{"", "Nothing has been"}},
		},
		{
			name:  "a quotation standing alone does not continue a speaker when someone else was named since",
			paras: []string{`"We see no basis for a truce," Dmitry Peskov said. Volodymyr Zelensky was unmoved. "We will keep fighting for every village."`},
			want:  []q{{"Dmitry Peskov", "We see no"}, {"", "We will keep"}},
		},
		{
			name:  "a pronoun after an unnamed speaker is not someone named before",
			paras: []string{`Kremlin spokesman Dmitry Peskov said the plan was a basis for talks.`, `A senior European diplomat was less upbeat. "Everyone is being polite in public," he said.`},
			want:  []q{{"", "Everyone is being"}},
		},
		{
			name: "a pronoun after a role as subject, an opening phrase before it, is that role's holder, not someone named in between",
			paras: []string{
				`Major Ruslan Tkach, commander of Checkpoint 14, stopped the convoy at about 09:00.`,
				`The lorries moved again at 16:00, after Commissioner Bogdan Hrast countersigned a manifest. Asked about the dead bear, the checkpoint commander was unrepentant. "I am sorry for the animal," he said.`,
			},
			want: []q{{"Ruslan Tkach", "I am sorry for"}},
		},
		{
			name: "a quotation alone is not brought in by the next sentence's verb when a colon brings in its own",
			paras: []string{
				`ICRC President Tomás Echeverría stepped out for some air. "Mines do not read ceasefire agreements," he said. "A child in a village steps on the same mine." Asked whether a deal was close, the Chilean diplomat smiled and said only: "Closer than this morning."`,
			},
			want: []q{{"Tomás Echeverría", "Mines do not read"}, {"Tomás Echeverría", "A child in a"}, {"", "Closer than this"}},
		},
		{
			name: "'the Director General' after an opening phrase is the one named with that title before 'Dr'",
			paras: []string{
				`"This is not yet peace," said IASO Director General Dr Ingrid Solvang.`,
				`"I will be honest with you," Dr Solvang said.`,
				`On the cooling pond, the Director General said the hydrologists were measuring the level. "The water is our slowest emergency," she said.`,
			},
			want: []q{{"Ingrid Solvang", "This is not yet"}, {"Ingrid Solvang", "I will be honest"}, {"Ingrid Solvang", "The water is our"}},
		},
		{
			name: "a quotation standing alone goes on with its speaker when the next sentence reports something else",
			paras: []string{
				`Selin Aydemir, the talks' chief mediator, first met her in November. "She is the only negotiator I have known who reads the annexes first," Aydemir said. "Everyone else reads the preamble." The Turkish diplomat, who ran the sessions with a stopwatch, added that Marchenko never once went over her time.`,
			},
			want: []q{{"Selin Aydemir", "She is the only"}, {"Selin Aydemir", "Everyone else reads"}},
		},
		{
			name:  "a plural noun that is a verb's form is no verb after 'said': the words quoted in the clause are the sayer's",
			paras: []string{`Judge Taras Kovalenko, who chairs the claims panel, said claims resting on documents issued under occupation "will be examined, not rubber-stamped", and that families would have 60 days.`},
			want:  []q{{"Taras Kovalenko", "will be examined"}},
		},
		{
			name:  "a statement from someone, then a colon, is theirs",
			paras: []string{`VELVODA: Statement from Governor Bohdan Sirko: "This was not shrapnel. Somebody came with a torch and cut our water." The matter has been reported to the UN.`},
			want:  []q{{"Bohdan Sirko", "This was not shrapnel"}},
		},
		{
			name:  "a bracketed credit after a quotation, its name addressed with a full stop ('Dr.')",
			paras: []string{`"We measured, photographed and sampled. Our job was to say what is in the crates." (Dr. Raphael Essomba, head of the UNESCO inspection team)`},
			want:  []q{{"Raphael Essomba", "We measured"}},
		},
		{
			name: "'the Swiss diplomat said' after a quotation is the one the paragraph just named, whose titles name no other country",
			paras: []string{
				`Lukas Brunner, the ICRC's regional director for Europe and Central Asia and the chief mediator, said the platform could raise the share of identified remains. "Every percentage point is a family that stops waiting," the Swiss diplomat said.`,
			},
			want: []q{{"Lukas Brunner", "Every percentage point"}},
		},
		{
			name: "'the Swiss diplomat said' is not the one just named when a title of theirs calls them of another country",
			paras: []string{
				`Selin Aydemir, Turkey's deputy foreign minister, spoke next. "Nobody here has the right to be tired," the Swiss diplomat said.`,
			},
			want: []q{{"", "Nobody here has"}},
		},
		{
			name: "an office described by its title and body is the one the article names holding it, far from the quotation",
			paras: []string{
				`Eleven trucks continue to serve 40 collection points. The head of the OCHA sub-office in Velyshka said: "The queues are shorter by midday, but they have not gone away."`,
				`Water trucks run from 06:00. A spokesman for the ministry said: "We are adding four trucks next week, as promised."`,
				`Contacts: Jonas Ekwueme, Head of OCHA Sub-Office, Velyshka | ekwueme@un.example`,
			},
			want: []q{{"Jonas Ekwueme", "The queues are"}, {"", "We are adding four"}},
		},
		{
			name: "'Russia's foreign minister' is not Russia's deputy foreign minister, whatever else names Russia in his titles",
			paras: []string{
				`Deputy Foreign Minister Vadim Sorokin led Russia's delegation.`,
				`Russia's foreign minister said: "Our side will guarantee silence along the corridors from seven in the morning."`,
			},
			want: []q{{"", "Our side will"}},
		},
		{
			name:  "a quoted name after 'called' is a title, not words anyone said",
			paras: []string{`Lavrov dismissed a document called "12 Steps to Peace Now" as wishful thinking.`},
			want:  nil,
		},
		{
			name:  "a quotation opening a paragraph continues the one the paragraph before left open",
			paras: []string{`"The first thing we need is a ceasefire that holds, and monitors who can move freely, said Colonel Marta Lys. "And then we talk.`, `"Without monitors there is no ceasefire at all."`},
			want:  nil, // the first quotation runs to its paragraph's end: no attribution can be read, so none is guessed
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := analyse(paras(tt.paras...))
			var kept []Quote
			for _, g := range got {
				if WordCount(g.Text) >= MinQuoteWords {
					kept = append(kept, g)
				}
			}
			if tt.want == nil {
				for _, g := range kept {
					if g.Speaker != "" {
						t.Errorf("quote %q given to %q, want no one", g.Text, g.Speaker)
					}
				}
				if strings.Contains(tt.name, "called") && len(kept) > 0 {
					t.Errorf("a title taken as a quotation: %+v", kept)
				}
				return
			}
			if len(kept) != len(tt.want) {
				t.Fatalf("got %d quotes %+v, want %d", len(kept), kept, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(kept[i].Text, w.text) || kept[i].Speaker != w.speaker {
					t.Errorf("quote %d = %q by %q, want %q… by %q", i, kept[i].Text, kept[i].Speaker, w.text, w.speaker)
				}
			}
		})
	}
}

// Indirect speech is kept apart from quotations, with the clause as the
// article writes it, and only for one named person.
func TestReportedSpeech(t *testing.T) {
	tests := []struct {
		name    string
		para    string
		speaker string // "" for none found
		text    string
	}{
		{"said that", `German Chancellor Friedrich Merz said that there had been real progress on the guarantees.`, "Friedrich Merz", "there had been real progress on the guarantees"},
		{"told a listener that", `Susan Stewart told DW that the statement was important for Ukraine's partners.`, "Susan Stewart", "the statement was important for Ukraine's partners"},
		{"said with a clause and no 'that'", `Kremlin spokesman Dmitry Peskov said Moscow would study any document carefully.`, "Dmitry Peskov", "Moscow would study any document carefully"},
		{"a clause reported bare keeps its relative \"that\"", `Kremlin spokesman Dmitry Peskov said the exchange was a humanitarian matter that should not be tied to the talks.`, "Dmitry Peskov", "the exchange was a humanitarian matter that should not be tied to the talks"},
		{"a rank (titles.tsv) before an unknown given name makes a name", `Lieutenant Oleg Zarevich led the strike. Corporal Mykhas Horbel left on foot. He said he had wanted to reach Zurich airport.`, "Mykhas Horbel", "he had wanted to reach Zurich airport"},
		{"informed a listener that", `President of Moldova Irina Cebotari informed the President that Moldova has selected 12 engineers for the first rotation.`, "Irina Cebotari", "Moldova has selected 12 engineers for the first rotation"},
		{"conceded that", `Deputy Minister Oskar Drenn conceded that the buses had been loaded in list order.`, "Oskar Drenn", "the buses had been loaded in list order"},
		{"a participle's subject is the sentence's", `Analyst Markus Reisner was skeptical, warning that the commitments could turn into another memorandum.`, "Markus Reisner", "the commitments could turn into another memorandum"},
		{"a bare clause opening with a number holds its verb further on", `Ukraine's chief negotiator Oleksandra Hnatiuk said 61 percent of the samples taken at the middle gauging post in April had exceeded the sulphate limit.`, "Oleksandra Hnatiuk", "61 percent of the samples taken at the middle gauging post in April had exceeded the sulphate limit"},
		{"a number as what was said is no clause", `Ukraine's chief negotiator Oleksandra Hnatiuk said 61 words at the signing ceremony in Trieste and left the hall.`, "", ""},
		{"a group reports nothing", `Merz and Zelensky met the press. They said that there had been discussion of guarantees.`, "", ""},
		{"an object is not a clause", `US President Donald Trump acknowledged the complexity of the situation on the ground.`, "", ""},
		{"a clause holding a quotation is the quotation's", `Kremlin spokesman Dmitry Peskov said that "we will study any document carefully once it exists".`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			quotes, d := analyse(paras(tt.para))
			for _, q := range quotes {
				if q.Reported {
					t.Errorf("reported speech among quotations: %+v", q)
				}
			}
			var got []Quote
			for _, r := range d.Reported {
				if !r.Reported {
					t.Errorf("reported speech not marked: %+v", r)
				}
				got = append(got, r)
			}
			if tt.speaker == "" {
				if len(got) > 0 {
					t.Errorf("reported %+v, want none", got)
				}
				return
			}
			if len(got) != 1 || got[0].Speaker != tt.speaker || got[0].Text != tt.text {
				t.Fatalf("reported %+v, want %s: %q", got, tt.speaker, tt.text)
			}
			if !strings.Contains(tt.para, got[0].Text) {
				t.Errorf("reported text %q is not the article's", got[0].Text)
			}
		})
	}
}

// An interview gives its speakers by labels: answers are the
// interviewee's, questions nobody's, whatever the asker's label.
func TestInterviewLabels(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  map[string]string // answer's first words -> speaker
	}{
		{
			name: "name labels; the asker's label is the one asking questions",
			paras: []string{
				`Colonel Erik Holm, a former commander of the Nordic battlegroup, spoke to the Harbour Post about the plans.`,
				`**Harbour Post:** Colonel, is a European force realistic?`,
				`**Holm:** It is realistic if governments train it together first.`,
				`**Harbour Post:** Who would command it?`,
				`**Holm:** Whoever brings the most soldiers and the best intelligence.`,
			},
			want: map[string]string{"It is realistic": "Erik Holm", "Whoever brings": "Erik Holm", "Colonel, is": "", "Who would command": ""},
		},
		{
			name: "Q and A: the answers are the one person the introduction names",
			paras: []string{
				`Halyna Moroz has run the town's water works since 2019. We spoke to her by phone.`,
				`Q: What do residents need most this winter?`,
				`A: Heat, light and water, in that order, every single day.`,
				`Q: Do you follow the talks?`,
				`A: Between air-raid alerts we follow everything.`,
			},
			want: map[string]string{"Heat, light": "Halyna Moroz", "Between air-raid": "Halyna Moroz", "What do residents": ""},
		},
		{
			name: "A: is not a public figure the introduction is only about",
			paras: []string{
				`Our reporter asked a historian what President Vladimir Putin wants from the talks.`,
				`Q: What does he want?`,
				`A: He wants the whole of Donbas and a neutral Ukraine, nothing less.`,
				`Q: Will he get it?`,
				`A: Not at the table, and perhaps not on the battlefield either.`,
			},
			want: map[string]string{"He wants the whole": "", "Not at the table": ""},
		},
		{
			name: "A: is a public figure the introduction says was interviewed",
			paras: []string{
				`Our correspondent spoke to President Volodymyr Zelensky in Kyiv on Friday.`,
				`Q: Will you sign the plan?`,
				`A: Not as it is written now, and not without our partners.`,
				`Q: What would change your mind?`,
				`A: Guarantees that are real, ratified and backed by soldiers.`,
			},
			want: map[string]string{"Not as it is": "Volodymyr Zelensky", "Guarantees that": "Volodymyr Zelensky"},
		},
		{
			name: "transcript labels with a note on how the speaker spoke",
			paras: []string{
				`Joint press conference of Chancellor Friedrich Merz and President Volodymyr Zelensky.`,
				`MODERATOR: The Chancellor and the President will make short statements.`,
				`CHANCELLOR MERZ: We spoke for two days and we made progress.`,
				`QUESTION: Mr President, will you accept a zone in Donbas?`,
				`PRESIDENT ZELENSKY (via interpreter): Not without our people having their say.`,
				`PRESIDENT ZELENSKY: We support the Chancellor's idea.`,
			},
			want: map[string]string{"We spoke for two": "Friedrich Merz", "Not without our people": "Volodymyr Zelensky", "We support the": "Volodymyr Zelensky", "Mr President, will": ""},
		},
		{
			name: "a committee record's labels: the role in brackets, or the name after a title",
			paras: []string{
				`The Chair (Mr. Marc Ouellette): I call this meeting to order. We hear the Deputy Minister today.`,
				`Ms. Catherine Lindqvist (Deputy Minister of Foreign Affairs, Global Affairs Canada): Thank you, Mr. Chair. The draft is not an agreement.`,
				`Mrs. Jennifer Haldane: Who protects the monitors?`,
				`Ms. Catherine Lindqvist: Their protection rests on the consent of both parties.`,
				`Mr. Raymond Tessier (Director General, Eastern Europe Bureau, Global Affairs Canada): The commission would be ready within 30 days.`,
			},
			// A member's question is hers: "what did haldane ask".
			want: map[string]string{"I call this meeting": "Marc Ouellette", "Thank you, Mr. Chair": "Catherine Lindqvist",
				"Their protection": "Catherine Lindqvist", "The commission would": "Raymond Tessier", "Who protects": "Jennifer Haldane"},
		},
		{
			name: "a hearing's record: the office in capitals with its article, then the name and party in brackets; the record's notes no one's",
			paras: []string{
				`THE CHAIR (Oksana Lytvyn, Democratic Alliance): Good morning. The hearing is open.`,
				`SERHII RUDENKO: Thank you, Madam Chair. I have worked at Stepova for 34 years.`,
				`THE CHAIR: Mr Kuzmenko, I call you to order. You have not been given the floor.`,
				`Then the hearing is suspended for ten minutes.`,
				`(The hearing was suspended at 11:20 and resumed at 11:31.)`,
				`THE CHAIR: We resume. Mr Rudenko, briefly: the two power lines.`,
			},
			want: map[string]string{"Good morning": "Oksana Lytvyn", "Thank you, Madam": "Serhii Rudenko", "Mr Kuzmenko, I call": "Oksana Lytvyn",
				"Then the hearing": "Oksana Lytvyn", "(The hearing was": "", "We resume": "Oksana Lytvyn"},
		},
		{
			name: "a quotation inside an answer keeps its own speaker",
			paras: []string{
				`Retired general Lars Berg spoke to us about NATO's plans.`,
				`Q: Is the alliance ready for this?`,
				`A: When Mark Rutte says, "Europe has to stand on its own feet," I agree with every word.`,
				`Q: And the money?`,
				`A: Spending is the easy part of the whole thing.`,
			},
			want: map[string]string{"Europe has to stand": "Mark Rutte", "When Mark Rutte": "Lars Berg"},
		},
		{
			// The label is who speaks the turn, no subject of its first
			// sentence; nor is a speaker the turn opens by addressing.
			name: "a label is no subject of the turn's words, nor one it addresses",
			paras: []string{
				`NYDEGGER: Clara Nydegger here with Oleksiy Danylenko, a former shift engineer.`,
				`DANYLENKO: Good evening, thank you for having me.`,
				`NYDEGGER: Oleksiy, the Russian deputy negotiator, Mr. Arkady Shubin, said in Vienna that "the water will not wait for diplomats." Does he have a point?`,
				`Lena Brandt: Judge Martin Imboden just walked past the press pen and said "no comment, but a good morning to you"`,
				`Khrystyna Lysenko: Only that the files are "in good condition in a climate-controlled store". His words.`,
			},
			want: map[string]string{"the water will not": "Arkady Shubin", "no comment, but": "Martin Imboden",
				"in good condition": "", "Only that the files": "Khrystyna Lysenko"},
		},
		{
			// A livestream's chat replayed between the turns: a viewer's
			// line under a handle is no one the record labels, and ends
			// the turn before it.
			name: "a live chat's lines between turns are not the speaker's",
			paras: []string{
				`[00:01:02] MODERATOR (Ana Kapanadze, Georgian Foreign Ministry press office): Good afternoon. Deputy Minister Beridze, please.`,
				`[00:01:15] LEVAN BERIDZE: Thank you, Ana. At 15:40 this afternoon the two delegations signed the protocol.`,
				`[00:01:48] 💬 petro.k: lol the metronome strikes again`,
				`[00:02:05] LEVAN BERIDZE: Let me give you the main points of what was agreed.`,
				`[00:03:22] 📌 Pinned by mod_tbilisi_talks: PARENTS' HOTLINE 1547 opens Monday 20 August.`,
				`[00:07:09] REPORTER (Taras Melnyk, RFE/RL): Minister, how much of the mine clearance is done?`,
			},
			want: map[string]string{"Thank you, Ana": "Beridze", "Let me give you": "Beridze",
				"[00:01:48]": "", "lol the metronome": "", "[00:03:22]": "", "PARENTS' HOTLINE": ""},
		},
		{
			// A verbatim record through interpreters: the note on the
			// language is no part of the label, and a part's holder given
			// with their title is who speaks.
			name: "notes on the language spoken are no part of a label",
			paras: []string{
				`CHAIR (Minister Tina Kralj, Minister of Education of the Republic of Slovenia) (in Slovenian) [interpretation from Slovenian]: Good morning. Welcome to Ljubljana.`,
				`INGRID HAAVIK (UNICEF) (in English): Thank you, Minister. I want to talk about three things.`,
				`OKSANA HRYTSENKO (continued in Ukrainian) [interpretation from Ukrainian]: Our teachers will be paid by Ukraine, in hryvnias.`,
			},
			want: map[string]string{"Good morning. Welcome": "Tina Kralj", "Thank you, Minister": "Ingrid Haavik", "Our teachers will": "Oksana Hrytsenko"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := analyse(paras(tt.paras...))
			for start, speaker := range tt.want {
				found := false
				for _, q := range got {
					if strings.HasPrefix(q.Text, start) {
						found = true
						if q.Speaker != speaker {
							t.Errorf("%q… by %q, want %q", start, q.Speaker, speaker)
						}
					}
				}
				if !found && speaker != "" {
					t.Errorf("%q… not found among %+v", start, got)
				}
			}
		})
	}
}

// A paragraph that is a quotation alone goes on with the one the
// paragraph before quoted last, as wire copy does; not when that
// paragraph names someone else after the quotation, nor when its last
// quotation had no speaker.
func TestQuotationParagraphGoesOnWithTheLastSpeaker(t *testing.T) {
	got, _ := analyse(paras(
		`"We did not come to Oslo to sign a blank cheque," Taras Bondarenko, Ukraine's chief negotiator, told NordWire.`,
		`"Serving officers in our fields is not a compromise. It is an occupation with clipboards."`,
		`"The maps were handed over in good faith," Alexei Voronin said, as Foreign Minister Hege Brattli looked on.`,
		`"Nobody in that room liked the compromise, which is usually how you know it is a fair one."`,
	))
	checkQuoteSpeakers(t, got, "Taras Bondarenko", "Taras Bondarenko", "Alexei Voronin", "")
}

// A given name after a word for a relative ("Her son Maksym, now
// fifteen, …") is someone: "he said" after him is his, not the official
// quoted a paragraph before. A sentence whose subject is "she" goes on
// with whoever the last "she" was, whoever else it names ("She has not
// seen her sister Tamara … She put it simply: "…"").
func TestRelativesByGivenNameAndSubjectPronouns(t *testing.T) {
	got, _ := analyse(paras(
		`"We have asked for the wounded first," said Dmytro Savchuk, the head of the Coordination Headquarters.`,
		`Iryna Bondar had rehearsed the moment for days. Her son Maksym, now fifteen, walked into the garden. "Eat my grandmother's varenyky," he said.`,
		`His wife, Halyna Lysenko, 58, is less sentimental. She has not seen her sister Tamara, who lives in Enerhodar, since 2022. She put it simply: "I will believe it when I can buy bread in Enerhodar."`,
	))
	checkQuoteSpeakers(t, got, "Dmytro Savchuk", "Maksym", "Halyna Lysenko")
}

// A turn that reports someone else's words ("He also said, "…"") is the
// speaker's turn without that sentence: the quotation keeps its own
// speaker and never stands in the turn's words. A sentence the speaker
// says in the first person around it ("When Rutte says, "…", I agree")
// stays theirs, whole.
func TestTurnReportingAnotherLeavesTheirWordsOut(t *testing.T) {
	got, d := analyse(paras(
		`Noon briefing by Amara Okafor, Spokesperson for the Secretary-General`,
		`Spokesperson: I will start with a statement attributable to the Spokesperson for Secretary-General Aurelio Paz on the talks in Galway.`,
		`Question: Did the envoy say anything else about the talks?`,
		`Spokesperson: Our Special Coordinator, Tomasz Wierzbicki, briefed the parties. He also said, "Nobody in Galway pretended this would be quick." We will share his remarks online.`,
	))
	for _, q := range got {
		if q.Speaker == "Amara Okafor" && strings.Contains(q.Text, "Nobody in Galway") {
			t.Errorf("the spokesperson's turn holds the envoy's words: %q", q.Text)
		}
		if strings.HasPrefix(q.Text, "Nobody in Galway") && q.Speaker != "Tomasz Wierzbicki" {
			t.Errorf("%q by %q, want Tomasz Wierzbicki", q.Text, q.Speaker)
		}
	}
	byText := speakersByStart(got, 20)
	if byText["Our Special Coordina"] != "Amara Okafor" {
		t.Errorf("the rest of the turn by %q, want Amara Okafor (%+v)", byText["Our Special Coordina"], got)
	}
	if r := rolesOf(d)["Aurelio Paz"]; !slices.Contains(r, "Secretary-General") {
		t.Errorf("Paz's roles %q, want Secretary-General", r)
	}
	if byText["I will start with a "] != "Amara Okafor" {
		t.Errorf("the statement's reading by %q, want Amara Okafor: the Secretary-General is not the spokesperson", byText["I will start with a "])
	}
}

// A speech verb joined by "and" to the verb before it has that verb's
// subject: "Asked whether …, he smiled and said: "One river at a
// time."" is the envoy's, as is "he called her "…" and said she
// negotiated "…"".
func TestSpeechVerbJoinedByAnd(t *testing.T) {
	got, _ := analyse(paras(
		`Ambassador Rafael Montenegro, Brazil's special envoy for the talks, has been speaking to reporters in the palace courtyard.`,
		`"The inspectors are the heart of this agreement," he said. Asked whether the deal could lead to a ceasefire, he smiled and said: "One river at a time."`,
		`Russian Deputy Finance Minister Gennady Sorokin has been less generous. In April he called her "a tax auditor with a flag" and said she negotiated "as if every sentence were evidence in a future trial".`,
	))
	checkByStart(t, got, map[string]string{
		"One river at a time.": "Rafael Montenegro",
		"as if every sentence": "Gennady Sorokin",
	})
}

// A quotation opening its sentence right after one whose subject is a
// single person, who says nothing there ("He paused. "…"", "Asked what
// she would do, she did not hesitate. "…""), is that person's; not when
// that sentence names someone else too ("Bilyk waved at Orlov. "…"").
// "…," came the reply from X: X's.
func TestQuotationAfterASentenceAboutOnePerson(t *testing.T) {
	qs, _ := analyse(paras(
		"Taras Bilyk, 52, drove the bus from Sumy.",
		`He paused. "I do not blame the Ukrainian side for holding out over the teenagers."`,
		"Oleksandra Hnatiuk runs the hydrant crews in Kherson.",
		`Asked what she would do if the pause collapsed, she did not hesitate. "Then we go back to the table. The river will still be there."`,
		`Bilyk waved at Colonel Andriy Orlov across the car park. "Nobody told us the road was mined."`,
		`Asked whether his side would extend the pause, "If the fire requires it, the guns can wait another day," came the reply from Colonel Orlov.`,
	))
	checkByStart(t, qs, map[string]string{
		"If the fire requires": "Andriy Orlov",
		"I do not blame the U": "Taras Bilyk",
		"Then we go back to t": "Oleksandra Hnatiuk",
		"Nobody told us the r": "",
	})
}

// A surname two people share names the one the paragraph has just named
// in full ("village head Vasyl Marchuk … "…," Marchuk said"); with
// neither named in the paragraph, neither.
func TestSharedSurnameAfterAFullName(t *testing.T) {
	qs, _ := analyse(paras(
		`Dr Olena Marchuk, who runs the district hospital, said the wards were full. "We have no beds left for anyone," she said.`,
		`In Ternivka, village head Vasyl Marchuk spent two days at the gate. "Eleven people said no at first. By the last evening it was three," Marchuk said.`,
		`The buses left at dawn. "Nobody argued with the drivers," Marchuk said.`,
	))
	checkByStart(t, qs, map[string]string{
		"We have no beds left": "Olena Marchuk",
		"Eleven people said n": "Vasyl Marchuk",
		"Nobody argued with t": "",
	})
}
