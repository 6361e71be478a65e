package gencorpus

// The vocabulary the templates draw from. It is wide on purpose: a search
// benchmark over a corpus with a dozen distinct words would flatter the
// index.

type person struct {
	first, last, role string
}

var people = []person{
	{"Olena", "Marchenko", "Ukrainian deputy foreign minister"},
	{"Andriy", "Kovalchuk", "Ukrainian defence minister"},
	{"Sergei", "Volkov", "Russian deputy foreign minister"},
	{"Irina", "Sokolova", "Russian foreign ministry spokeswoman"},
	{"Margaret", "Ellison", "US deputy secretary of state"},
	{"Thomas", "Whitfield", "US national security adviser"},
	{"Claire", "Dubois", "French foreign minister"},
	{"Henrik", "Larsen", "Danish prime minister"},
	{"Katrin", "Vogel", "German defence minister"},
	{"Piotr", "Nowak", "Polish president"},
	{"Giulia", "Romano", "Italian foreign minister"},
	{"Mehmet", "Aydin", "Turkish foreign minister"},
	{"Anna", "Lindqvist", "Swedish prime minister"},
	{"Jonas", "Petrauskas", "Lithuanian foreign minister"},
	{"Rachel", "Okafor", "UN special envoy"},
	{"David", "Brennan", "NATO deputy secretary general"},
	{"Maria", "Fischer", "security analyst at the Berlin Policy Institute"},
	{"Paul", "Hargreaves", "military historian at King's College London"},
	{"Yulia", "Tkachenko", "head of the Kyiv Centre for Security Studies"},
	{"Viktor", "Orlov", "Kremlin aide"},
	{"Laura", "Bennett", "EU foreign policy chief"},
	{"Tomasz", "Zielinski", "Polish defence minister"},
	{"Oksana", "Hrytsenko", "Ukrainian energy minister"},
	{"Mark", "Delaney", "US special envoy"},
}

var outlets = []string{"Reuters", "AP", "AFP", "DW", "BBC", "The Guardian", "Politico Europe", "Kyiv Independent", "Le Monde", "Financial Times"}

var authors = []string{
	"Hannah Price", "Oleksiy Bondar", "Julia Weber", "Marco Conti", "Sarah Lin",
	"Tom Ashby", "Natalia Kravets", "Lukas Brandt", "Emma Ross", "Pierre Martin",
	"Ivan Shevchuk", "Helen Carter", "Nils Eriksen", "Sofia Greco", "James Holt",
}

var places = []string{
	"Berlin", "Geneva", "Istanbul", "Warsaw", "Paris", "Brussels", "London", "Helsinki",
	"Riyadh", "Vienna", "Rome", "Oslo", "Kyiv", "Odesa", "Kharkiv", "Zaporizhzhia",
	"Kherson", "Dnipro", "Lviv", "Mykolaiv", "Sumy", "Chernihiv", "Donetsk", "Luhansk",
}

type theme struct {
	name     string
	title    []string
	heading  []string
	nouns    []string
	quotes   []string
	keywords []string
}

var themes = []theme{
	{
		name:    "security guarantees",
		title:   []string{"Allies weigh security guarantees for Ukraine", "What binding guarantees could Kyiv receive", "Security pledges take shape after talks in %s"},
		heading: []string{"Binding commitments", "A guarantee short of membership", "What the pledges cover"},
		nouns:   []string{"security guarantees", "binding commitments", "mutual defence clause", "deterrence package", "guarantee framework", "collective defence"},
		quotes:  []string{"Guarantees on paper mean nothing without the will to enforce them", "We are ready to commit, but the details must be written down", "Any guarantee has to deter the next attack, not just describe it"},
	},
	{
		name:    "ceasefire monitoring",
		title:   []string{"Monitors prepare for a ceasefire along the front", "Who would police a truce in %s", "Ceasefire verification plan circulates among allies"},
		heading: []string{"Verification on the ground", "Drones and observers", "Lessons from earlier truces"},
		nouns:   []string{"ceasefire line", "monitoring mission", "verification mechanism", "observer teams", "drone surveillance", "demarcation line"},
		quotes:  []string{"A ceasefire that nobody verifies is only a pause", "Our observers can be deployed within weeks of a signature", "Every violation has to be recorded and answered"},
	},
	{
		name:    "territory",
		title:   []string{"Territorial questions stall the negotiations", "The fight over land behind the talks in %s", "Maps on the table as envoys meet"},
		heading: []string{"Lines on the map", "Occupied regions", "A demilitarised zone"},
		nouns:   []string{"occupied territory", "demilitarised zone", "front line", "buffer zone", "administrative border", "territorial integrity"},
		quotes:  []string{"We will not trade land for a promise", "No map can be drawn without the people who live there", "A frozen front line is not peace"},
	},
	{
		name:    "energy",
		title:   []string{"Energy truce proposed before winter", "Power grid attacks cloud talks in %s", "Negotiators discuss protecting power plants"},
		heading: []string{"The grid under strain", "Nuclear safety", "Gas transit"},
		nouns:   []string{"power grid", "nuclear plant", "gas transit", "energy infrastructure", "electricity imports", "transformer stations"},
		quotes:  []string{"Strikes on power plants must stop before any wider deal", "Our engineers repair by night what is destroyed by day", "Energy cannot be a weapon this winter"},
	},
	{
		name:    "prisoner exchange",
		title:   []string{"Prisoner exchange agreed as talks resume", "Families wait for news of captured soldiers", "Humanitarian track advances in %s"},
		heading: []string{"The humanitarian track", "Children and civilians", "Mediators at work"},
		nouns:   []string{"prisoner exchange", "deported children", "civilian detainees", "humanitarian corridor", "mediation effort", "missing soldiers"},
		quotes:  []string{"Every family deserves to know where their people are", "The exchange shows that agreements are possible", "Humanitarian steps must not wait for a final deal"},
	},
	{
		name:    "sanctions",
		title:   []string{"Sanctions relief emerges as bargaining chip", "Frozen assets debate returns in %s", "Economic pressure and the path to a deal"},
		heading: []string{"Frozen assets", "Relief in stages", "The cost of the war"},
		nouns:   []string{"sanctions relief", "frozen assets", "export controls", "oil price cap", "reconstruction fund", "reparations"},
		quotes:  []string{"Sanctions stay until the troops leave", "Frozen assets should pay for rebuilding schools and hospitals", "Relief can only come step by step"},
	},
	{
		name:    "reconstruction",
		title:   []string{"Donors plan the reconstruction of Ukraine", "Rebuilding conference opens in %s", "Who pays to rebuild the cities"},
		heading: []string{"Cost of rebuilding", "Private investment", "Housing and schools"},
		nouns:   []string{"reconstruction plan", "donor conference", "housing programme", "war risk insurance", "investment guarantees", "public procurement"},
		quotes:  []string{"Reconstruction must start before the last shot is fired", "Investors need insurance before they need speeches", "We will rebuild better than before"},
	},
	{
		name:    "air defence",
		title:   []string{"Air defence deliveries speed up", "Allies pledge more interceptors after talks in %s", "Protecting the skies during negotiations"},
		heading: []string{"Interceptors and radars", "Production lines", "Protecting cities"},
		nouns:   []string{"air defence systems", "interceptor missiles", "radar coverage", "drone attacks", "missile production", "shelters"},
		quotes:  []string{"Every interceptor we receive saves lives tonight", "Production has to double next year", "Skies without protection invite attack"},
	},
}

var verbs = []string{"discussed", "examined", "debated", "raised", "reviewed", "pressed for", "questioned", "welcomed", "criticised", "outlined"}
var actors = []string{"European officials", "Ukrainian negotiators", "Russian diplomats", "American envoys", "NATO planners", "the delegations", "mediators", "senior diplomats", "legal advisers", "military experts"}
var connectives = []string{"However,", "Meanwhile,", "At the same time,", "Earlier,", "According to officials,", "In private,", "By contrast,", "Later,"}
var frames = []string{
	"%s %s the %s during a %d-hour session in %s.",
	"%s %s the question of %s on day %d of the meetings in %s.",
	"%s %s proposals on the %s, according to %d participants in %s.",
	"%s %s how the %s would work, with %d drafts circulating in %s.",
	"%s %s a timetable for the %s, aiming for a deal within %d weeks, diplomats in %s said.",
}
var closers = []string{
	"No agreement was announced.",
	"Talks are expected to continue next week.",
	"The next round is planned for early next month.",
	"Officials declined to give further details.",
	"The proposal still needs approval from parliaments.",
	"Critics warned that the plan left key questions open.",
}
