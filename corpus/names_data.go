package corpus

// Small lexicons for finding people in news English without a language
// model. They only need to cover the shapes news writing uses; a name
// they miss is a mention lost, never a wrong attribution.

// gender of a pronoun's possible antecedent.
type gender int

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// firstNames maps common given names (lower-case) to a gender, so that a
// run like "Claudia Major" is known to be a person and "she" can find her.
var firstNames = func() map[string]gender {
	m := map[string]gender{}
	for _, n := range []string{
		"dmitry", "dmitri", "dmytro", "volodymyr", "vladimir", "donald", "friedrich", "keir", "steve", "steven", "stephen",
		"jared", "wilfried", "markus", "marcus", "emmanuel", "olaf", "joe", "joseph", "marco", "mark", "sergei", "sergey",
		"serhiy", "andriy", "andrii", "andrei", "andrey", "rustem", "kirill", "yuri", "yuriy", "oleksandr", "alexander",
		"alexei", "aleksei", "alexey", "mykhailo", "mikhail", "viktor", "victor", "recep", "jens", "boris", "rishi",
		"antony", "anthony", "jake", "john", "james", "robert", "michael", "david", "peter", "paul", "thomas", "william",
		"richard", "charles", "george", "matthew", "daniel", "danilo", "andrew", "jd", "pete", "lloyd", "mike", "tim",
		"frank", "christian", "lars", "johann", "wolfgang", "hans", "karl", "klaus", "jan", "pavel", "petr", "nikolai",
		"nikolay", "igor", "ihor", "oleh", "oleg", "taras", "denys", "denis", "pedro", "luis", "carlos", "javier",
		"giorgio", "sergio", "matteo", "mario", "antonio", "xi", "li", "narendra", "benjamin", "ahmed", "mohammed",
		"hakan", "ali", "jean", "francois", "françois", "pierre", "nicolas", "alain", "gerhard", "helmut", "boris",
		"norbert", "jürgen", "juergen", "heiko", "josep", "radoslaw", "radosław", "donald", "andrzej", "gitanas",
		"edgars", "alar", "kristen", "stefan", "tomas", "tomáš", "valerii", "valery", "valeriy", "kyrylo", "herman",
		"petro", "leonid", "arseniy", "yulia", "dan", "ben", "sam", "tom", "nick", "chris", "brian", "kevin", "scott",
		"marc", "simon", "martin", "henry", "edward", "philip", "phillip", "roman", "ivan", "maxim", "maksym", "anatoly",
		"anatoliy", "konstantin", "kostiantyn", "fyodor", "hennadiy", "vitali", "vitaliy", "vitaly", "wladimir",
	} {
		m[n] = genderMale
	}
	for _, n := range []string{
		"claudia", "susan", "ursula", "kaja", "annalena", "giorgia", "kamala", "hillary", "maria", "anna", "angela",
		"olena", "iryna", "yulia", "julia", "tulsi", "karoline", "kristi", "marine", "liz", "elizabeth", "theresa",
		"emma", "sarah", "sara", "laura", "jennifer", "jessica", "catherine", "katherine", "kate", "mary", "margaret",
		"helen", "linda", "barbara", "patricia", "nancy", "karen", "lisa", "sophie", "sophia", "natalia", "natalya",
		"nataliya", "olga", "oksana", "svetlana", "tatiana", "tetiana", "yelena", "elena", "ekaterina", "kateryna",
		"victoria", "viktoria", "viktoriia", "alina", "anastasia", "daria", "darya", "irina", "ksenia", "ludmila",
		"lyudmila", "marina", "mette", "sanna", "kristalina", "roberta", "christine", "christina", "nadia", "jill",
		"melania", "ivanka", "nikki", "samantha", "linda", "heather", "rachel", "rebecca", "ruth", "judith", "andrea",
		"petra", "franziska", "ulrike", "sabine", "katarina", "agnieszka", "ewa", "magdalena", "beata", "ingrid",
		"ylva", "antje", "nina", "lena", "hanna", "hannah", "amy", "emily", "alice", "ines", "clara",
	} {
		m[n] = genderFemale
	}
	return m
}()

// knownPerson is a public figure news about the talks names, often by
// surname only ("Putin") or in several spellings ("Zelenskyy").
type knownPerson struct {
	name    string
	role    string
	gender  gender
	aliases []string // lower-case spellings of the surname and full name
}

var knownPeople = []knownPerson{
	{"Volodymyr Zelensky", "Ukrainian President", genderMale, []string{"zelensky", "zelenskyy", "zelenskiy", "zelenskyi", "zelenskij", "zelenski", "volodymyr zelenskyy", "volodymyr zelenskiy", "volodymyr zelenskyi", "vladimir zelensky"}},
	{"Vladimir Putin", "Russian President", genderMale, []string{"putin"}},
	{"Donald Trump", "US President", genderMale, []string{"trump"}},
	{"Dmitry Peskov", "Kremlin spokesman", genderMale, []string{"peskov", "dmitri peskov", "dmytro peskov"}},
	{"Sergei Lavrov", "Russian Foreign Minister", genderMale, []string{"lavrov", "sergey lavrov"}},
	{"Yuri Ushakov", "Kremlin aide", genderMale, []string{"ushakov", "yury ushakov", "yuriy ushakov"}},
	{"Kirill Dmitriev", "Russian envoy", genderMale, []string{"dmitriev"}},
	{"Friedrich Merz", "German Chancellor", genderMale, []string{"merz"}},
	{"Emmanuel Macron", "French President", genderMale, []string{"macron"}},
	{"Keir Starmer", "UK Prime Minister", genderMale, []string{"starmer"}},
	{"Giorgia Meloni", "Italian Prime Minister", genderFemale, []string{"meloni"}},
	{"Donald Tusk", "Polish Prime Minister", genderMale, []string{"tusk"}},
	{"Steve Witkoff", "US special envoy", genderMale, []string{"witkoff", "steven witkoff"}},
	{"Jared Kushner", "", genderMale, []string{"kushner"}},
	{"Marco Rubio", "US Secretary of State", genderMale, []string{"rubio"}},
	{"JD Vance", "US Vice President", genderMale, []string{"vance", "j.d. vance"}},
	{"Ursula von der Leyen", "European Commission President", genderFemale, []string{"von der leyen"}},
	{"Kaja Kallas", "EU foreign policy chief", genderFemale, []string{"kallas"}},
	{"Mark Rutte", "NATO Secretary General", genderMale, []string{"rutte"}},
	{"Andriy Yermak", "", genderMale, []string{"yermak", "andrii yermak"}},
	{"Rustem Umerov", "", genderMale, []string{"umerov"}},
	{"Andrii Sybiha", "Ukrainian Foreign Minister", genderMale, []string{"sybiha", "andriy sybiha"}},
	{"Recep Tayyip Erdogan", "Turkish President", genderMale, []string{"erdogan", "erdoğan"}},
	{"Viktor Orban", "Hungarian Prime Minister", genderMale, []string{"orban", "orbán", "viktor orbán"}},
	{"Joe Biden", "", genderMale, []string{"biden"}},
	{"Xi Jinping", "Chinese President", genderMale, []string{"xi"}},
	{"Olaf Scholz", "", genderMale, []string{"scholz"}},
}

// roleNouns end a role phrase ("Kremlin spokesman", "US special envoy").
var roleNouns = map[string]bool{
	"president": true, "chancellor": true, "minister": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "envoy": true, "secretary": true, "adviser": true, "advisor": true, "ambassador": true,
	"official": true, "leader": true, "expert": true, "analyst": true, "general": true, "commander": true,
	"chief": true, "head": true, "negotiator": true, "senator": true, "lawmaker": true, "mayor": true,
	"governor": true, "king": true, "pope": true, "professor": true, "director": true, "researcher": true,
	"journalist": true, "correspondent": true, "aide": true, "deputy": true, "premier": true, "chairman": true,
	"chairwoman": true, "chair": true, "diplomat": true, "representative": true, "son-in-law": true,
	"colonel": true, "admiral": true, "marshal": true, "prosecutor": true, "judge": true, "mp": true, "member": true,
	"fellow": true, "economist": true, "historian": true, "politician": true, "strategist": true, "coordinator": true,
	"speaker": true, "ombudsman": true, "ombudswoman": true, "ombudsperson": true, "writer": true, "mediator": true, "commissioner": true, "envoys": false, "ceo": true, "founder": true, "officer": true, "editor": true, "reporter": true,
}

// roleModifiers may stand inside a role phrase before its noun.
var roleModifiers = map[string]bool{
	"special": true, "former": true, "deputy": true, "senior": true, "chief": true, "foreign": true,
	"defense": true, "defence": true, "prime": true, "top": true, "vice": true, "acting": true, "security": true,
	"presidential": true, "military": true, "policy": true, "national": true, "interior": true, "finance": true,
	"economy": true, "state": true, "white": true, "house": true, "press": true, "lead": true, "peace": true,
	"russian": true, "ukrainian": true, "german": true, "french": true, "british": true, "american": true,
	"us": true, "u.s.": true, "uk": true, "eu": true, "nato": true, "kremlin": true, "european": true,
	"energy": true, "trade": true, "justice": true, "health": true, "climate": true, "intelligence": true,
	"development": true, "staff": true, "human": true, "rights": true, "economic": true, "military-political": true,
	"italian": true, "polish": true, "turkish": true, "chinese": true, "hungarian": true, "finnish": true,
	"danish": true, "swedish": true, "norwegian": true, "estonian": true, "latvian": true, "lithuanian": true,
	"dutch": true, "spanish": true, "belgian": true, "austrian": true, "czech": true, "slovak": true,
	"romanian": true, "moldovan": true, "georgian": true, "belarusian": true, "bulgarian": true, "croatian": true,
	"serbian": true, "greek": true, "portuguese": true, "irish": true, "swiss": true, "qatari": true, "saudi": true,
	"emirati": true, "israeli": true, "iranian": true, "japanese": true, "indian": true, "canadian": true,
	"australian": true, "brazilian": true, "korean": true, "slovenian": true, "icelandic": true,
	"of": false,
}

// notNames are capitalised words that stand next to "said" but are not
// people: places, institutions, outlets, pronouns and sentence openers.
var notNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"russia", "ukraine", "kremlin", "moscow", "kyiv", "kiev", "washington", "berlin", "paris", "london", "brussels",
		"europe", "european", "nato", "eu", "us", "usa", "uk", "un", "america", "germany", "france", "britain", "china",
		"poland", "turkey", "hungary", "italy", "reuters", "afp", "ap", "dw", "bbc", "cnn", "tass", "ria", "interfax",
		"bloomberg", "the", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
		"but", "and", "or", "so", "yet", "if", "when", "while", "as", "in", "on", "at", "after", "before", "however",
		"meanwhile", "also", "who", "what", "which", "his", "her", "their", "its", "our", "my", "officials", "official",
		"ministry", "government", "white", "house", "pentagon", "congress", "senate", "parliament", "council",
		"commission", "statement", "agency", "president", "chancellor", "minister", "spokesman", "spokeswoman",
		"donbas", "donbass", "crimea", "zaporizhzhia", "kharkiv", "odesa", "odessa", "christmas", "monday", "tuesday",
		"wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
		"june", "july", "august", "september", "october", "november", "december", "article", "today", "yesterday",
		"zelensky's", "ukrainians", "russians", "americans", "europeans", "germans", "west", "east", "experts",
		"according", "asked", "speaking", "separately", "later", "earlier", "then", "now", "here", "one", "some",
		"many", "both", "all", "each", "every", "no", "not", "mr", "mrs", "ms", "dr", "german", "ukrainian", "russian",
		"french", "british", "american", "polish", "italian", "turkish", "chinese", "hungarian", "finnish", "dutch",
		"spanish", "swedish", "baltic", "danish", "norwegian", "estonian", "latvian", "lithuanian", "belgian",
		"austrian", "czech", "slovak", "romanian", "moldovan", "belarusian", "qatari", "saudi", "israeli",
		"iranian", "japanese", "canadian", "western", "eastern", "northern", "southern", "public", "state", "national",
	} {
		m[w] = true
	}
	return m
}()

// roleStops end a role phrase read backwards from a name.
var roleStops = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "but": true, "or": true, "in": true, "on": true, "at": true,
	"as": true, "when": true, "while": true, "after": true, "before": true, "said": true, "told": true, "he": true,
	"she": true, "it": true, "they": true, "we": true, "with": true, "by": true, "to": true, "from": true, "of": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "this": true, "that": true,
	"for": true, "about": true, "than": true, "into": true, "like": true, "who": true, "whom": true,
}

// speechVerbs introduce or follow a quotation.
const speechVerbRE = `said|says|say|told|tells|added|adds|stated|states|stating|noted|notes|pointed out|points out|emphasized|emphasised|emphasizing|emphasising|stressed|stresses|stressing|explained|explains|warned|warns|warning|insisted|insists|argued|argues|declared|declares|announced|announces|wrote|writes|asked|asks|replied|replies|responded|responds|remarked|claimed|claims|commented|acknowledged|admitted|continued|concluded|urged|tweeted|posted|confirmed|cautioned|recalled|observed|saying|telling|adding|noting|according to`
