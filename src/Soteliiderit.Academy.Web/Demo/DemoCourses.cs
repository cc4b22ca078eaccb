using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;

namespace Soteliiderit.Academy.Web.Demo;

/// <summary>
/// The demo academy's three published remote-leadership courses: Finnish and Swedish throughout, English for titles,
/// summaries, reflections and quizzes. Each is a topic cut into lessons a busy supervisor finishes in minutes, with
/// every lesson kind and one quiz in the last module.
/// Every key is a fixed literal, so a reseeded demo keeps the same course, lesson and quiz ids.
/// </summary>
internal static class DemoCourses
{
    // Fixed ids so scripts, tests and links can rely on them.
    public static readonly Guid RemoteLeadershipBasics = new("c74997e5-3257-4006-b64a-fc2203089e22");
    public static readonly Guid TrustInRemoteTeams = new("2720b453-c063-40e5-a3cc-d5b9a657d167");
    public static readonly Guid WellbeingInHybridWork = new("dcc11308-da4b-4318-88ec-52731e53e053");

    public static IReadOnlyList<(Guid Id, CourseContent Content)> All { get; } =
    [
        (RemoteLeadershipBasics, Basics()),
        (TrustInRemoteTeams, Trust()),
        (WellbeingInHybridWork, Wellbeing()),
    ];

    // ---------------------------------------------------------------------------------------------------------------
    // Course 1: Etäjohtamisen perusteet / Grunderna i distansledning / Remote leadership basics
    // ---------------------------------------------------------------------------------------------------------------

    private static CourseContent Basics() => new(
        Title: new LocalizedText(
            Fi: "Etäjohtamisen perusteet",
            Sv: "Grunderna i distansledning",
            En: "Remote leadership basics"),
        Summary: new LocalizedText(
            Fi: "Lyhyt ja käytännönläheinen kurssi sinulle, joka johdat tiimiä kokonaan tai osittain etänä. Opit tekemään läsnäolostasi näkyvää, sopimaan tiimin kanssa yhteisistä pelisäännöistä, rakentamaan toimivan viikkorytmin ja käymään kahdenkeskisiä keskusteluja etäyhteydellä. Jokainen osa on mitoitettu niin, että ehdit käydä sen läpi työpäivän lomassa.",
            Sv: "En kort och praktisk kurs för dig som leder ett team helt eller delvis på distans. Du lär dig att göra din närvaro synlig, komma överens om gemensamma spelregler med teamet, bygga upp en fungerande veckorytm och föra enskilda samtal via videolänk. Varje del är så kort att du hinner gå igenom den mitt i arbetsdagen.",
            En: "A short, practical course for supervisors who lead a team fully or partly at a distance. You learn to make your presence visible, agree on shared ground rules with your team, build a weekly rhythm that works and hold one-to-one conversations over video. Each part is short enough to finish in the middle of a working day."),
        Themes: CourseThemes.RemoteLeadership,
        Modules: [BasicsPresence(), BasicsRhythm(), BasicsOneToOnes()]);

    private static CourseModule BasicsPresence() => new(
        Key: new Guid("9d904138-501f-4902-856d-eaefebb26e84"),
        Title: new LocalizedText(
            Fi: "Läsnäolo ja ennustettavuus",
            Sv: "Närvaro och förutsägbarhet",
            En: "Presence and predictability"),
        Lessons:
        [
            new CourseLesson(
                Key: new Guid("d6f754b4-e642-4b43-8c96-be86e70093ec"),
                Kind: LessonKind.Text,
                Title: new LocalizedText(
                    Fi: "Ennustettavuus on etäjohtamisen perusta",
                    Sv: "Förutsägbarhet är grunden för distansledning",
                    En: "Predictability is the foundation of remote leadership"),
                Body: new LocalizedText(
                    Fi: """
                        ## Kun käytävä puuttuu

                        Lähityössä moni asia hoituu ohimennen: näet, kuka on paikalla, huomaat väsyneen ilmeen ja ehdit kysyä kuulumisia kahvitauolla. Etänä nämä satunnaiset kohtaamiset jäävät pois. Siksi läsnäolo täytyy etäjohtamisessa rakentaa tietoisesti.

                        ## Läsnäolo on tavoitettavuutta, ei valvontaa

                        Tiimisi ei tarvitse sinua ruudulle koko päiväksi. Se tarvitsee tiedon siitä, **milloin ja miten sinut tavoittaa** ja mitä tapahtuu, jos et ole tavoitettavissa. Kun tämä on selvää, työntekijä uskaltaa kysyä ajoissa eikä jää pohtimaan yksin.

                        ## Ennustettavuus vähentää kuormitusta

                        Kun tapaamiset, vastausajat ja päätöksenteon tavat toistuvat samanlaisina, tiimin ei tarvitse arvailla. Ennustettavuus säästää energiaa varsinaiseen työhön – sote-alalla usein asiakkaiden ja potilaiden hyväksi.

                        ## Kolme perusasiaa

                        - **Näkyvä kalenteri**: merkitse siihen tavoitettavuutesi, poissaolosi ja se, kuka sijaistaa sinua.
                        - **Sovitut kanavat**: kiireelliset asiat puhelimella, päivän asiat pikaviestimellä, pidemmät asiat sähköpostilla tai palaverissa.
                        - **Toistuva rytmi**: sama viikkopalaveri samaan aikaan ja säännölliset kahdenkeskiset keskustelut.

                        ## Pidä kiinni siitä, mitä lupaat

                        Ennustettavuus syntyy pienistä teoista. Jos lupaat vastata saman päivän aikana, vastaa. Jos palaveri siirtyy, kerro siitä hyvissä ajoin ja kerro myös syy. Jokainen pidetty lupaus kertoo tiimille, että sinuun voi luottaa silloinkin, kun ette ole samassa tilassa.
                        """,
                    Sv: """
                        ## När korridoren saknas

                        I närarbete sköts mycket i förbigående: du ser vem som är på plats, märker en trött min och hinner fråga hur det går under kaffepausen. På distans faller de här spontana mötena bort. Därför måste närvaron i distansledning byggas upp medvetet.

                        ## Närvaro betyder tillgänglighet, inte övervakning

                        Ditt team behöver inte ha dig på skärmen hela dagen. Det behöver veta **när och hur du nås** och vad som händer om du inte är anträffbar. När det är klart vågar medarbetarna fråga i tid i stället för att grubbla ensamma.

                        ## Förutsägbarhet minskar belastningen

                        När möten, svarstider och sätten att fatta beslut upprepas på samma sätt behöver teamet inte gissa. Förutsägbarhet sparar energi till själva arbetet – inom social- och hälsovården ofta till förmån för klienter och patienter.

                        ## Tre grundpelare

                        - **En synlig kalender**: markera när du är anträffbar, när du är borta och vem som ersätter dig.
                        - **Överenskomna kanaler**: brådskande ärenden per telefon, dagens frågor i chatten, längre frågor per e-post eller på ett möte.
                        - **En återkommande rytm**: samma veckomöte vid samma tid och regelbundna enskilda samtal.

                        ## Håll det du lovar

                        Förutsägbarhet byggs av små handlingar. Om du lovar att svara samma dag, så svara. Om ett möte flyttas, säg det i god tid och berätta också varför. Varje hållet löfte visar teamet att de kan lita på dig också när ni inte är i samma rum.
                        """),
                Minutes: 5),
            new CourseLesson(
                Key: new Guid("5f03baba-6a24-4c6f-96a9-baba3df85130"),
                Kind: LessonKind.Video,
                Title: new LocalizedText(
                    Fi: "Video: Näin teet itsesi tavoitettavaksi",
                    Sv: "Video: Så gör du dig anträffbar",
                    En: "Video: Making yourself reachable"),
                Body: new LocalizedText(
                    Fi: """
                        Videolla kotihoidon esihenkilö näyttää, miten hän on järjestänyt tavoitettavuutensa, kun tiimi työskentelee kolmella eri alueella. Hän esittelee jaetun kalenterinsa, päivittäisen ”avoimet ovet” -tuokion ja viikon alun viestin, jolla hän kertoo tiimille tulevan viikon painopisteet.

                        **Tekstivastine**

                        - Kalenterissa on joka päivä vähintään yksi aika, jolloin esihenkilön tavoittaa varmasti.
                        - Päivittäin klo 12.30 on 15 minuutin avoin etätapaaminen, johon kuka tahansa voi tulla kysymään ilman varausta.
                        - Maanantaiaamun lyhyessä viestissä kerrotaan viikon tärkeimmät asiat, esihenkilön poissaolot ja sijainen.
                        - Kiireellisissä asioissa soitetaan, ei kirjoiteta chattiin.
                        - Käytäntöjä arvioidaan yhdessä tiimin kanssa kolmen kuukauden välein.
                        """,
                    Sv: """
                        I videon visar en chef inom hemvården hur hon har ordnat sin tillgänglighet när teamet arbetar på tre olika områden. Hon går igenom sin delade kalender, en daglig stund med ”öppen dörr” och det meddelande hon skickar i början av veckan om veckans prioriteringar.

                        **Textversion**

                        - I kalendern finns varje dag minst en tid då chefen säkert går att nå.
                        - Varje dag kl. 12.30 finns en öppen distansträff på 15 minuter, dit vem som helst kan komma med sina frågor utan att boka.
                        - I ett kort meddelande på måndag morgon berättar chefen om veckans viktigaste frågor, sin egen frånvaro och vem som ersätter henne.
                        - Brådskande ärenden sköts per telefon, inte i chatten.
                        - Rutinerna utvärderas tillsammans med teamet var tredje månad.
                        """),
                Minutes: 4,
                VideoUrl: "https://video.example.fi/etajohtaminen/tavoitettavuus"),
            new CourseLesson(
                Key: new Guid("20fafe35-e1fe-49df-9c64-bd5e9882c9bd"),
                Kind: LessonKind.Reflection,
                Title: new LocalizedText(
                    Fi: "Pohdi: Mitä tiimisi tietää tavoitettavuudestasi?",
                    Sv: "Reflektera: Vad vet ditt team om när du går att nå?",
                    En: "Reflect: What does your team know about reaching you?"),
                Body: new LocalizedText(
                    Fi: """
                        Ajattele omaa tiimiäsi viime viikolla.

                        - Jos joku tiimistäsi olisi tarvinnut sinua tiistaina iltapäivällä, olisiko hän tiennyt, miten sinut tavoittaa – ja kuka auttaa, jos et vastaa?
                        - Mikä kolmesta perusasiasta (näkyvä kalenteri, sovitut kanavat, toistuva rytmi) toimii teillä jo, ja mikä puuttuu?
                        - Mikä on yksi asia, jonka voit muuttaa jo ensi viikolla?

                        Kirjoita vastauksesi muutamalla lauseella. Vastauksesi näkyvät vain sinulle.
                        """,
                    Sv: """
                        Tänk på ditt eget team under förra veckan.

                        - Om någon i teamet hade behövt dig på tisdag eftermiddag, hade hen vetat hur du nås – och vem som hjälper om du inte svarar?
                        - Vilken av de tre grundpelarna (synlig kalender, överenskomna kanaler, återkommande rytm) fungerar redan hos er, och vilken saknas?
                        - Vilken sak kan du ändra redan nästa vecka?

                        Skriv ditt svar med några meningar. Bara du ser det du skriver.
                        """,
                    En: """
                        Think about your own team last week.

                        - If someone on your team had needed you on Tuesday afternoon, would they have known how to reach you – and who would help if you did not answer?
                        - Which of the three basics (a visible calendar, agreed channels, a recurring rhythm) already works for you, and which is missing?
                        - What is one thing you can change as soon as next week?

                        Write your answer in a few sentences. Only you can see what you write.
                        """),
                Minutes: 5),
        ]);

    private static CourseModule BasicsRhythm() => new(
        Key: new Guid("57cd38f4-c825-4707-9fac-c013735df2cc"),
        Title: new LocalizedText(
            Fi: "Pelisäännöt ja viikkorytmi",
            Sv: "Spelregler och veckorytm",
            En: "Ground rules and a weekly rhythm"),
        Lessons:
        [
            new CourseLesson(
                Key: new Guid("e7324db1-5873-4fda-94f9-2a6ec8093ee4"),
                Kind: LessonKind.Text,
                Title: new LocalizedText(
                    Fi: "Työkalu: tiimin etätyösopimus yhdelle sivulle",
                    Sv: "Verktyg: teamets distansavtal på en sida",
                    En: "Tool: a one-page remote work agreement for the team"),
                Body: new LocalizedText(
                    Fi: """
                        Tee yhteiset pelisäännöt **yhdessä tiimin kanssa** äläkä tuo niitä valmiina ylhäältä. Varaa laatimiseen yksi 45 minuutin palaveri ja kirjaa sovitut asiat yhdelle sivulle. Tallenna sivu paikkaan, josta jokainen löytää sen – myös uusi työntekijä ja sijainen.

                        ## Pohja

                        ### 1. Tavoitettavuus

                        - Ydinaika, jolloin olemme tavoitettavissa: ___
                        - Vastaamme viesteihin viimeistään: ___
                        - Näin merkitsemme poissaolon ja keskittymisajan kalenteriin: ___

                        ### 2. Kanavat

                        - Kiireellinen asia: puhelu
                        - Päivän työasiat: tiimin chattikanava
                        - Päätökset ja ohjeet: ___ (esim. tiimin yhteinen muistio)

                        ### 3. Palaverit

                        - Viikkopalaverin päivä, kellonaika ja kesto: ___
                        - Kamera: suositus, ei pakko – kuulumiskierroksella mielellään päällä, jos mahdollista
                        - Muistion kirjoittaa vuorollaan: ___

                        ### 4. Tiedon jakaminen

                        - Ajantasaiset ohjeet löytyvät: ___
                        - Näin kerromme, kun jokin muuttuu: ___

                        ### 5. Tuki ja apu

                        - Keneltä kysyn, jos esihenkilö ei vastaa: ___
                        - Näin pyydän apua kollegalta: ___

                        ### 6. Tarkistus

                        - Käymme sopimuksen läpi seuraavan kerran: ___

                        ## Vinkkejä

                        - Aloita kysymällä: *Mikä etätyössä toimii meillä nyt hyvin ja mikä hiertää?*
                        - Sopikaa mieluummin vähän ja selvästi kuin paljon ja epämääräisesti.
                        - Jos osa tiimistä tekee työtä aina paikan päällä, sopikaa erikseen, miten tieto kulkee heille.
                        """,
                    Sv: """
                        Gör de gemensamma spelreglerna **tillsammans med teamet** i stället för att ge dem färdiga uppifrån. Reservera ett möte på 45 minuter och skriv ner det ni kommer överens om på en sida. Spara sidan där alla hittar den – också nyanställda och vikarier.

                        ## Mall

                        ### 1. Tillgänglighet

                        - Kärntid då vi går att nå: ___
                        - Vi svarar på meddelanden senast: ___
                        - Så markerar vi frånvaro och fokustid i kalendern: ___

                        ### 2. Kanaler

                        - Brådskande ärenden: samtal
                        - Dagens arbetsfrågor: teamets chattkanal
                        - Beslut och anvisningar: ___ (t.ex. teamets gemensamma anteckningar)

                        ### 3. Möten

                        - Veckomötets dag, tid och längd: ___
                        - Kamera: rekommendation, inte krav – under incheckningsrundan gärna på om det går
                        - Minnesanteckningarna skrivs i tur och ordning av: ___

                        ### 4. Information

                        - De uppdaterade anvisningarna finns: ___
                        - Så berättar vi när något ändras: ___

                        ### 5. Stöd och hjälp

                        - Vem jag frågar om chefen inte svarar: ___
                        - Så ber jag en kollega om hjälp: ___

                        ### 6. Uppföljning

                        - Nästa gång vi går igenom avtalet: ___

                        ## Tips

                        - Börja med att fråga: *Vad fungerar bra i distansarbetet hos oss just nu och vad skaver?*
                        - Kom hellre överens om lite och tydligt än om mycket och vagt.
                        - Om en del av teamet alltid arbetar på plats, kom särskilt överens om hur informationen når dem.
                        """),
                Minutes: 6),
            new CourseLesson(
                Key: new Guid("19263327-ed2d-4e54-b92c-b27d97bf9647"),
                Kind: LessonKind.Text,
                Title: new LocalizedText(
                    Fi: "Työkalu: viikkopalaveri 30 minuutissa",
                    Sv: "Verktyg: veckomötet på 30 minuter",
                    En: "Tool: the weekly meeting in 30 minutes"),
                Body: new LocalizedText(
                    Fi: """
                        Viikkopalaveri on etätiimin tärkein yhteinen hetki. Se kokoaa tiimin, jakaa saman tiedon kaikille yhtä aikaa ja antaa viikolle rytmin. Pidä palaveri **samana päivänä samaan aikaan** ja pidä kiinni sen kestosta.

                        ## Asialista (30 min)

                        1. **Kuulumiskierros (5 min)** – jokainen kertoo sanalla tai lauseella, millä mielellä aloittaa viikon. Puheenvuorot kiertävät sovitussa järjestyksessä, jotta kukaan ei jää ilman.
                        2. **Viime viikon opit (5 min)** – mikä onnistui, mistä opimme?
                        3. **Tämän viikon tärkeimmät (10 min)** – kolme asiaa, joihin keskitymme. Kuka tekee mitä ja mihin mennessä?
                        4. **Ajankohtaista (5 min)** – esihenkilö kertoo organisaation muutoksista ja päätöksistä. Pidemmät tiedotteet jaetaan kirjallisina etukäteen.
                        5. **Vapaa sana ja yhteenveto (5 min)** – mitä sovimme, ja kuka kirjaa muistion?

                        ## Hyvän etäpalaverin tunnusmerkit

                        - Asialista on jaettu edellisenä päivänä, ja jokainen voi lisätä siihen asian.
                        - Puheenjohtaja ja muistion kirjoittaja on sovittu. Rooleja voi kierrättää.
                        - Hiljaisemmille annetaan tilaa: kysy nimeltä tai pyydä kommentteja chattiin.
                        - Muistio julkaistaan samana päivänä paikassa, josta poissaolijatkin sen löytävät.
                        - Koko tiimiä koskevia päätöksiä ei tehdä pelkästään chatissa palaverin ulkopuolella.

                        ## Viikon muut rytmit

                        Viikkopalaverin lisäksi moni tiimi hyötyy lyhyestä, noin kymmenen minuutin aamupalaverista muutaman kerran viikossa. Kerran kuukaudessa kannattaa pitää pidempi kehittämispalaveri, jossa katsotaan kauemmas eteenpäin.
                        """,
                    Sv: """
                        Veckomötet är distansteamets viktigaste gemensamma stund. Det samlar teamet, ger alla samma information samtidigt och ger veckan en rytm. Håll mötet **samma dag vid samma tid** och håll tiden.

                        ## Agenda (30 min)

                        1. **Incheckning (5 min)** – var och en berättar med ett ord eller en mening hur veckan börjar. Turen går i en överenskommen ordning så att ingen blir utan.
                        2. **Lärdomar från förra veckan (5 min)** – vad lyckades, vad lärde vi oss?
                        3. **Veckans viktigaste (10 min)** – tre saker vi fokuserar på. Vem gör vad och till när?
                        4. **Aktuellt (5 min)** – chefen berättar om förändringar och beslut i organisationen. Längre information delas skriftligt på förhand.
                        5. **Fritt ord och sammanfattning (5 min)** – vad kom vi överens om, och vem skriver minnesanteckningarna?

                        ## Kännetecken på ett bra distansmöte

                        - Agendan har delats dagen innan och alla kan lägga till en punkt.
                        - Ordförande och sekreterare är överenskomna. Rollerna kan gå runt.
                        - De tystare får utrymme: fråga med namn eller be om kommentarer i chatten.
                        - Anteckningarna publiceras samma dag där också de frånvarande hittar dem.
                        - Beslut som gäller hela teamet fattas inte enbart i chatten utanför mötet.

                        ## Veckans övriga rytmer

                        Utöver veckomötet har många team nytta av ett kort morgonmöte på cirka tio minuter några gånger i veckan. En gång i månaden lönar det sig att hålla ett längre utvecklingsmöte där ni blickar längre framåt.
                        """),
                Minutes: 5),
            new CourseLesson(
                Key: new Guid("ccb28bbb-6fa3-4ee5-811d-c5c71ae68f0e"),
                Kind: LessonKind.Video,
                Title: new LocalizedText(
                    Fi: "Video: Viikkopalaveri etänä – ennen ja jälkeen",
                    Sv: "Video: Veckomötet på distans – före och efter",
                    En: "Video: The remote weekly meeting – before and after"),
                Body: new LocalizedText(
                    Fi: """
                        Videolla seurataan saman tiimin viikkopalaveria kahdesti. Ensimmäisellä kerralla palaveri alkaa myöhässä, asialistaa ei ole ja muutama ihminen käyttää lähes kaikki puheenvuorot. Toisella kerralla esihenkilö käyttää 30 minuutin runkoa, ja palaveri päättyy ajallaan selkeisiin vastuisiin.

                        **Tekstivastine**

                        - Ilman asialistaa keskustelu ajautuu yksittäisiin ongelmiin, ja tärkeät tiedotteet käsitellään lopussa kiireellä.
                        - Kuulumiskierros sovitussa järjestyksessä saa hiljaisemmatkin mukaan heti alussa.
                        - Ajankäyttö näkyy asialistalla, ja puheenjohtaja muistuttaa siitä ystävällisesti.
                        - Lopuksi kerrataan, kuka tekee mitä ja mihin mennessä.
                        - Muistio jaetaan tiimin kanavalle heti palaverin jälkeen.
                        """,
                    Sv: """
                        I videon följer vi samma teams veckomöte två gånger. Första gången börjar mötet sent, det finns ingen agenda och några få personer står för nästan allt prat. Andra gången använder chefen strukturen på 30 minuter, och mötet slutar i tid med tydligt fördelat ansvar.

                        **Textversion**

                        - Utan agenda glider diskussionen in på enskilda problem, och viktig information behandlas i all hast i slutet.
                        - En incheckning i överenskommen ordning får också de tystare med redan från början.
                        - Tidsramarna står i agendan, och ordföranden påminner vänligt om dem.
                        - I slutet repeterar man vem som gör vad och till när.
                        - Minnesanteckningarna delas i teamets kanal direkt efter mötet.
                        """),
                Minutes: 5,
                VideoUrl: "https://video.example.fi/etajohtaminen/viikkopalaveri"),
        ]);

    private static CourseModule BasicsOneToOnes() => new(
        Key: new Guid("87586863-984e-465b-85da-76f9edaac84e"),
        Title: new LocalizedText(
            Fi: "Kahdenkeskiset keskustelut etänä",
            Sv: "Enskilda samtal på distans",
            En: "One-to-ones at a distance"),
        Lessons:
        [
            new CourseLesson(
                Key: new Guid("98166303-c2d4-4f1d-b846-4989b6f6245a"),
                Kind: LessonKind.Text,
                Title: new LocalizedText(
                    Fi: "Työkalu: kahdenkeskisen etäkeskustelun runko",
                    Sv: "Verktyg: struktur för enskilda samtal på distans",
                    En: "Tool: a structure for remote one-to-ones"),
                Body: new LocalizedText(
                    Fi: """
                        Etätyössä kahdenkeskinen keskustelu korvaa paljon siitä, mikä lähityössä hoituu käytävällä. Se on **työntekijän aikaa**: tarkoitus ei ole käydä läpi tehtävälistaa vaan kuulla, miten hänellä menee ja mitä hän tarvitsee.

                        ## Rytmi ja käytännöt

                        - Sovi keskustelut toistuviksi, esimerkiksi 30 minuuttia kerran kuukaudessa tai 15 minuuttia joka toinen viikko.
                        - Käytä videoyhteyttä ja varmista, että teillä molemmilla on rauhallinen tila. Puhelukin käy, jos kamera ei sovi tilanteeseen.
                        - Älä peru viime hetkellä. Jos siirto on välttämätön, ehdota heti uutta aikaa.
                        - Kirjaa lyhyesti, mitä sovittiin, ja jaa muistiinpano työntekijälle.

                        ## Keskustelun runko (30 min)

                        1. **Avaus (5 min)** – Mitä sinulle kuuluu? Mikä on tällä viikolla päällimmäisenä mielessä?
                        2. **Työn sujuminen (10 min)** – Mikä on mennyt hyvin? Missä olet jäänyt jumiin? Onko työmäärä sopiva?
                        3. **Yhteistyö ja tieto (5 min)** – Saatko tarvitsemasi tiedon ajoissa? Koetko jääväsi jostakin paitsi etänä?
                        4. **Kehittyminen (5 min)** – Mitä haluaisit oppia tai kokeilla seuraavaksi?
                        5. **Lopetus (5 min)** – Mitä tarvitset minulta ennen seuraavaa kertaa? Mitä sovimme?

                        ## Kuuntele enemmän kuin puhut

                        Hyvä nyrkkisääntö on, että työntekijä puhuu suurimman osan ajasta. Esitä tarkentavia kysymyksiä. Jos kuulet huolestuttavia asioita esimerkiksi jaksamisesta, palaa niihin erikseen ja sovi tarvittaessa varhaisen tuen keskustelu.
                        """,
                    Sv: """
                        I distansarbete ersätter det enskilda samtalet mycket av det som sköts i korridoren när man arbetar på plats. Samtalet är **medarbetarens tid**: syftet är inte att gå igenom en uppgiftslista utan att höra hur det går och vad hen behöver.

                        ## Rytm och rutiner

                        - Boka in samtalen som återkommande, till exempel 30 minuter en gång i månaden eller 15 minuter varannan vecka.
                        - Använd videolänk och se till att ni båda har en lugn plats. Ett telefonsamtal går också bra om kameran inte passar situationen.
                        - Ställ inte in i sista stund. Om du måste flytta samtalet, föreslå genast en ny tid.
                        - Anteckna kort vad ni kom överens om och dela anteckningen med medarbetaren.

                        ## Samtalets struktur (30 min)

                        1. **Inledning (5 min)** – Hur mår du? Vad tänker du mest på den här veckan?
                        2. **Hur arbetet löper (10 min)** – Vad har gått bra? Var har du kört fast? Är arbetsmängden rimlig?
                        3. **Samarbete och information (5 min)** – Får du den information du behöver i tid? Känner du att du går miste om något på distans?
                        4. **Utveckling (5 min)** – Vad skulle du vilja lära dig eller pröva härnäst?
                        5. **Avslutning (5 min)** – Vad behöver du av mig före nästa gång? Vad kom vi överens om?

                        ## Lyssna mer än du pratar

                        En bra tumregel är att medarbetaren står för största delen av samtalet. Ställ följdfrågor. Om du hör något oroande, till exempel om orken, återkom till det separat och boka vid behov ett samtal om tidigt stöd.
                        """),
                Minutes: 6),
            new CourseLesson(
                Key: new Guid("a36ff2fe-6dab-4104-bbc8-f0bc1a000492"),
                Kind: LessonKind.Reflection,
                Title: new LocalizedText(
                    Fi: "Pohdi: Kenen kanssa et ole puhunut kahden kesken?",
                    Sv: "Reflektera: Vem har du inte talat enskilt med?",
                    En: "Reflect: Who have you not talked with one-to-one?"),
                Body: new LocalizedText(
                    Fi: """
                        Käy mielessäsi läpi tiimisi jäsenet.

                        - Kenen kanssa olet viimeisen kuukauden aikana keskustellut kahden kesken muustakin kuin työtehtävistä? Kenen kanssa et?
                        - Onko tiimissäsi joku, joka tekee työtä eri vuorossa tai eri toimipisteessä ja jää siksi helposti ilman kahdenkeskistä aikaa?
                        - Milloin ja miten varaat ajan keskustelulle hänen kanssaan?

                        Kirjoita ylös ainakin yksi konkreettinen seuraava askel. Vastauksesi näkyvät vain sinulle.
                        """,
                    Sv: """
                        Gå i tankarna igenom medlemmarna i ditt team.

                        - Med vem har du under den senaste månaden talat enskilt om annat än arbetsuppgifter? Med vem inte?
                        - Finns det någon i teamet som arbetar i ett annat skift eller på ett annat verksamhetsställe och därför lätt blir utan enskild tid?
                        - När och hur bokar du in ett samtal med hen?

                        Skriv ner åtminstone ett konkret nästa steg. Bara du ser det du skriver.
                        """,
                    En: """
                        Go through the members of your team in your mind.

                        - Who have you talked with one-to-one about more than tasks during the past month? Who not?
                        - Is there someone on your team who works a different shift or at a different site and so easily goes without one-to-one time?
                        - When and how will you book a conversation with them?

                        Write down at least one concrete next step. Only you can see what you write.
                        """),
                Minutes: 5),
            new CourseLesson(
                Key: new Guid("f32b29ec-7e0f-4e76-ad30-bf7a559c654c"),
                Kind: LessonKind.Text,
                Title: new LocalizedText(
                    Fi: "Lisälukemista: kun tiimi on monessa toimipisteessä",
                    Sv: "Fördjupning: när teamet finns på flera verksamhetsställen",
                    En: "Extra reading: when the team works at many sites"),
                Body: new LocalizedText(
                    Fi: """
                        Hyvinvointialueilla ja kuntayhtymissä moni esihenkilö johtaa tiimiä, joka työskentelee usealla paikkakunnalla. Osa on kotona, osa toimistolla ja osa asiakkaiden luona. Silloin etäjohtaminen ei tarkoita vain etätyötä vaan **johtamista välimatkan yli**.

                        ## Mitä tämä tarkoittaa käytännössä

                        - **Kierrä toimipisteissä suunnitelmallisesti.** Tee vuosikello, josta näkyy, milloin olet missäkin paikan päällä. Ennalta tiedetty vierailu on arvokkaampi kuin satunnainen.
                        - **Yhdistä ihmisiä toimipisteiden yli.** Työparit tai mentorointi eri yksiköiden työntekijöiden välillä vähentävät ”me ja ne” -ajattelua.
                        - **Tasapuolisuus näkyy pienissä asioissa.** Jos yksi toimipiste saa tiedon käytävältä ja muut viikkoa myöhemmin, epäluottamus kasvaa. Jaa tieto kaikille samassa kanavassa.
                        - **Hyödynnä yhteiset tapaamiset.** Kerran tai kahdesti vuodessa järjestettävä koko tiimin lähitapaaminen kantaa pitkälle, kun sen sisältö suunnitellaan yhdessä.
                        - **Sovi, miten kuulet huolista ajoissa.** Välimatkan takaa ongelmat näkyvät myöhemmin. Päätä jokaisen toimipisteen kanssa, kuka kertoo sinulle heti, jos arjessa jokin ei suju.

                        Lisää esimerkkejä: [Monipaikkaisen tiimin johtaminen](https://www.example.fi/etajohtaminen/monipaikkainen-tiimi)
                        """,
                    Sv: """
                        I välfärdsområden och samkommuner leder många chefer team som arbetar på flera orter. En del arbetar hemma, en del på kontoret och en del hos klienterna. Då handlar distansledning inte bara om distansarbete utan om **att leda över avstånd**.

                        ## Vad det betyder i praktiken

                        - **Besök verksamhetsställena planmässigt.** Gör en årsklocka som visar när du finns på plats var. Ett besök som är känt på förhand är värt mer än ett slumpmässigt.
                        - **För samman människor över gränserna.** Arbetspar eller mentorskap mellan medarbetare på olika enheter minskar tänkandet i ”vi och de”.
                        - **Jämlikhet syns i små saker.** Om ett verksamhetsställe får informationen i korridoren och de andra en vecka senare växer misstron. Dela informationen med alla i samma kanal.
                        - **Utnyttja de gemensamma träffarna.** En träff för hela teamet en eller två gånger om året bär långt, när innehållet planeras tillsammans.
                        - **Kom överens om hur du får höra om problem i tid.** På avstånd syns problemen senare. Kom överens med varje verksamhetsställe om vem som genast säger till om något inte fungerar i vardagen.

                        Fler exempel: [Att leda ett team på flera orter](https://www.example.fi/distansledning/team-pa-flera-orter)
                        """),
                Required: false,
                Minutes: 3),
            new CourseLesson(
                Key: new Guid("6f89708a-6799-4daf-bbde-107ce93b18e3"),
                Kind: LessonKind.Quiz,
                Title: new LocalizedText(
                    Fi: "Tietovisa: etäjohtamisen perusteet",
                    Sv: "Quiz: grunderna i distansledning",
                    En: "Quiz: remote leadership basics"),
                Body: new LocalizedText(
                    Fi: "Tarkista neljällä kysymyksellä, mitä kurssista jäi mieleen.",
                    Sv: "Kontrollera med fyra frågor vad du minns från kursen.",
                    En: "Check with four questions what you remember from the course."),
                Minutes: 5,
                Quiz: new Quiz(
                    PassMarkPercent: 75,
                    Questions:
                    [
                        new QuizQuestion(
                            Key: new Guid("d8ab95a2-4c0d-4344-aef9-01ee109c4d37"),
                            Prompt: new LocalizedText(
                                Fi: "Mikä näistä lisää tiimin etätyön ennustettavuutta eniten?",
                                Sv: "Vilket av följande gör mest för att distansarbetet ska vara förutsägbart för teamet?",
                                En: "Which of these does most to make remote work predictable for the team?"),
                            MultipleAnswers: false,
                            Options:
                            [
                                new QuizOption(new Guid("de25adbe-10c5-49d5-aeb1-b8a7c0483a6f"), new LocalizedText("Sovittu, toistuva viikkorytmi, josta pidetään kiinni", "En överenskommen, återkommande veckorytm som hålls", "An agreed, recurring weekly rhythm that is kept"), Correct: true),
                                new QuizOption(new Guid("84d171e0-562d-4a3c-8600-1aa5b7a3d9cf"), new LocalizedText("Vastaat kaikkiin viesteihin heti kellonajasta riippumatta", "Du svarar på alla meddelanden genast oavsett tid på dygnet", "You answer every message at once, whatever the time"), Correct: false),
                                new QuizOption(new Guid("00fc8815-b79b-4340-9097-62d90f5dea38"), new LocalizedText("Pidät palaverin aina silloin, kun ehdit", "Du håller möten när du hinner", "You hold a meeting whenever you have time"), Correct: false),
                                new QuizOption(new Guid("b6394448-b428-4550-9af9-7658cadf6160"), new LocalizedText("Seuraat tiimin jäsenten tilavaloja pikaviestimessä", "Du följer teammedlemmarnas statusindikatorer i chatten", "You watch team members' status lights in the chat app"), Correct: false),
                            ]),
                        new QuizQuestion(
                            Key: new Guid("33cabeb4-8157-4937-b5d1-c0dfa9d099b9"),
                            Prompt: new LocalizedText(
                                Fi: "Mitä tiimin etätyösopimukseen kannattaa kirjata? Valitse kaikki sopivat.",
                                Sv: "Vad är bra att skriva in i teamets distansavtal? Välj alla som passar.",
                                En: "What belongs in the team's remote work agreement? Choose all that apply."),
                            MultipleAnswers: true,
                            Options:
                            [
                                new QuizOption(new Guid("f9f7f70d-b275-4e0c-b904-a0f25624280a"), new LocalizedText("Ajat, jolloin olemme tavoitettavissa, ja vastausajat", "Tider då vi går att nå och svarstider", "When we can be reached and how fast we reply"), Correct: true),
                                new QuizOption(new Guid("fe2f9efc-f410-4587-b56a-3a6e562ce6e7"), new LocalizedText("Mitä kanavaa käytetään mihinkin asiaan", "Vilken kanal som används för vad", "Which channel is used for what"), Correct: true),
                                new QuizOption(new Guid("ea8bccea-e7f0-4a10-8c8e-2adc7bc2292a"), new LocalizedText("Milloin sopimus tarkistetaan seuraavan kerran", "När avtalet ses över nästa gång", "When the agreement is reviewed next"), Correct: true),
                                new QuizOption(new Guid("e0a5f3e0-e550-4f14-bfdd-d12b4ae8a03a"), new LocalizedText("Kunkin työntekijän sairauspoissaolojen syyt", "Orsakerna till varje medarbetares sjukfrånvaro", "The reasons for each employee's sick leave"), Correct: false),
                            ]),
                        new QuizQuestion(
                            Key: new Guid("c46e38f8-dda2-41ea-88d3-32a2e262fa98"),
                            Prompt: new LocalizedText(
                                Fi: "Mikä on kahdenkeskisen etäkeskustelun ensisijainen tarkoitus?",
                                Sv: "Vad är det främsta syftet med ett enskilt samtal på distans?",
                                En: "What is the main purpose of a remote one-to-one?"),
                            MultipleAnswers: false,
                            Options:
                            [
                                new QuizOption(new Guid("44bbb4d5-bf6b-46a9-a80e-4c75cc72c412"), new LocalizedText("Tarkistaa, että kaikki tehtävät on tehty", "Att kontrollera att alla uppgifter är gjorda", "To check that all tasks have been done"), Correct: false),
                                new QuizOption(new Guid("af5d043a-4b72-4d17-ae4a-cfc891de6b32"), new LocalizedText("Kuulla työntekijän tilanne ja sopia, mitä tukea hän tarvitsee", "Att höra hur medarbetaren har det och komma överens om vilket stöd hen behöver", "To hear how the employee is doing and agree on the support they need"), Correct: true),
                                new QuizOption(new Guid("21979ab1-a6d8-4a3e-a1de-0f68451db0c0"), new LocalizedText("Korvata viikkopalaveri niille, jotka eivät päässeet paikalle", "Att ersätta veckomötet för dem som inte kunde delta", "To replace the weekly meeting for those who could not attend"), Correct: false),
                                new QuizOption(new Guid("abae5edc-cb96-477d-bab9-380a9152b048"), new LocalizedText("Antaa esihenkilölle aikaa kertoa organisaation uutiset", "Att ge chefen tid att berätta om nyheterna i organisationen", "To give the supervisor time to pass on the organisation's news"), Correct: false),
                            ]),
                        new QuizQuestion(
                            Key: new Guid("6a469785-ca59-4bb2-a0fb-978a9c2c20a3"),
                            Prompt: new LocalizedText(
                                Fi: "Millä tavoilla teet läsnäolosi näkyväksi etänä? Valitse kaikki sopivat.",
                                Sv: "Hur gör du din närvaro synlig på distans? Välj alla som passar.",
                                En: "How do you make your presence visible at a distance? Choose all that apply."),
                            MultipleAnswers: true,
                            Options:
                            [
                                new QuizOption(new Guid("5082b558-fc3d-4f5e-817f-e01c65a0b5e4"), new LocalizedText("Merkitset kalenteriin tavoitettavuutesi ja sijaisesi", "Du markerar i kalendern när du går att nå och vem som ersätter dig", "You mark in your calendar when you can be reached and who stands in for you"), Correct: true),
                                new QuizOption(new Guid("6cbadd91-850e-42c7-b9d9-0940372b4690"), new LocalizedText("Lähetät viikon alussa lyhyen viestin viikon painopisteistä", "Du skickar i början av veckan ett kort meddelande om veckans prioriteringar", "You send a short message on the week's priorities at the start of the week"), Correct: true),
                                new QuizOption(new Guid("c86d9af8-300a-4fec-aa7d-4b568a4ec30f"), new LocalizedText("Vaadit, että kaikkien kamerat ovat päällä koko työpäivän", "Du kräver att allas kameror är på hela arbetsdagen", "You require everyone's camera to be on all day"), Correct: false),
                                new QuizOption(new Guid("c703490a-5628-45b9-a0ce-9f32231e77b7"), new LocalizedText("Pidät säännöllisen avoimen etätuokion, johon voi tulla ilman varausta", "Du håller en regelbunden öppen distansträff dit man kan komma utan att boka", "You hold a regular open video session anyone can join without booking"), Correct: true),
                            ]),
                    ])),
        ]);

    // ---------------------------------------------------------------------------------------------------------------
    // Course 2: Luottamus ja vuorovaikutus etätiimissä / Tillit och växelverkan i ett distansteam / Trust and interaction
    // ---------------------------------------------------------------------------------------------------------------

    private static CourseContent Trust() => new(
        Title: new LocalizedText(
            Fi: "Luottamus ja vuorovaikutus etätiimissä",
            Sv: "Tillit och växelverkan i ett distansteam",
            En: "Trust and interaction in a remote team"),
        Summary: new LocalizedText(
            Fi: "Kurssi luottamuksen rakentamisesta silloin, kun tiimi ei ole joka päivä samassa paikassa. Käsittelemme palautteen antamista etänä, sitä, miten paikan päällä hoitotyötä tekevät ja etänä työskentelevät pysyvät samana tiiminä, sekä muutoksen johtamista epävarmuudessa – esimerkiksi silloin, kun hyvinvointialue järjestää palvelujaan uudelleen.",
            Sv: "En kurs om att bygga tillit när teamet inte är på samma plats varje dag. Vi tar upp hur du ger feedback på distans, hur de som arbetar på plats inom vården och de som arbetar på distans förblir ett och samma team, och hur du leder förändring i osäkra tider – till exempel när välfärdsområdet omorganiserar sina tjänster.",
            En: "A course on building trust when the team is not in the same place every day. It covers giving feedback at a distance, keeping care staff on site and colleagues working remotely together as one team, and leading change amid uncertainty – for example when a wellbeing services county reorganises its services."),
        Themes: CourseThemes.RemoteLeadership | CourseThemes.ChangeManagement,
        Modules: [TrustBasics(), TrustFeedbackAndInclusion(), TrustLeadingChange()]);

    private static CourseModule TrustBasics() => new(
        Key: new Guid("e6d44aaa-d3b6-482e-bcc3-7047c3dfdb19"),
        Title: new LocalizedText(
            Fi: "Luottamus etänä",
            Sv: "Tillit på distans",
            En: "Trust at a distance"),
        Lessons:
        [
            new CourseLesson(
                Key: new Guid("15a62d1b-282a-4603-9a3b-63dc8e8df6bb"),
                Kind: LessonKind.Text,
                Title: new LocalizedText(
                    Fi: "Luottamus syntyy teoista",
                    Sv: "Tillit byggs genom handling",
                    En: "Trust is built through actions"),
                Body: new LocalizedText(
                    Fi: """
                        Etätyössä esihenkilö ei näe, mitä tiimissä tapahtuu hetki hetkeltä. Se houkuttelee kahteen suuntaan: joko lisäämään valvontaa tai vetäytymään kokonaan. Kumpikaan ei rakenna luottamusta.

                        ## Luottamuksen kolme osaa

                        Luottamus toiseen ihmiseen rakentuu yleensä kolmesta asiasta:

                        - **Osaaminen** – uskon, että hän osaa tehtävänsä.
                        - **Luotettavuus** – hän tekee, mitä lupaa, ja kertoo, jos ei ehdi.
                        - **Hyväntahtoisuus** – hän haluaa hyvää minulle ja tiimille.

                        Etänä nämä näkyvät heikommin kuin lähityössä, joten ne täytyy tehdä näkyviksi tarkoituksella: kerro onnistumisista, pidä kiinni sovitusta ja näytä, että välität.

                        ## Johda tuloksia ja sopimuksia, älä läsnäoloa

                        Kysymys ”onko hän koneella?” kertoo vähemmän kuin kysymys ”etenevätkö sovitut asiat?”. Sopikaa yhdessä, mitä tavoitellaan ja mistä etenemisen näkee. Silloin seuranta on yhteistä työtä eikä epäluottamuksen merkki.

                        ## Luottamus on vastavuoroista

                        Esihenkilö antaa luottamusta ensin. Kun luotat siihen, että työntekijä hoitaa työnsä, hän kertoo todennäköisemmin myös ongelmista ajoissa. Jos luottamus horjuu, puhu siitä suoraan ja kahden kesken – älä lisää seurantaa salaa.

                        ## Pienet teot, suuri vaikutus

                        - Kiitä konkreettisesti ja julkisesti, korjaa kahden kesken.
                        - Kerro, miksi päätös tehtiin, myös silloin, kun se ei miellytä kaikkia.
                        - Myönnä omat virheesi. Se tekee virheistä puhumisen turvalliseksi muillekin.
                        """,
                    Sv: """
                        I distansarbete ser chefen inte vad som händer i teamet från stund till stund. Det frestar åt två håll: antingen att öka kontrollen eller att dra sig undan helt. Inget av dem bygger tillit.

                        ## Tillitens tre delar

                        Tillit till en annan människa bygger oftast på tre saker:

                        - **Kompetens** – jag tror att hen kan sitt arbete.
                        - **Pålitlighet** – hen gör det hen lovar och säger till om hen inte hinner.
                        - **Välvilja** – hen vill mig och teamet väl.

                        På distans syns de här sämre än på plats, så de måste synliggöras medvetet: berätta om det som har lyckats, håll det ni har kommit överens om och visa att du bryr dig.

                        ## Led resultat och överenskommelser, inte närvaro

                        Frågan ”är hen inloggad?” säger mindre än frågan ”går det vi kommit överens om framåt?”. Kom tillsammans överens om vad ni siktar på och hur man ser att arbetet framskrider. Då blir uppföljningen ett gemensamt arbete och inte ett tecken på misstro.

                        ## Tillit är ömsesidig

                        Chefen visar tillit först. När du litar på att medarbetaren sköter sitt arbete berättar hen också med större sannolikhet om problem i tid. Om tilliten vacklar, tala öppet om det mellan fyra ögon – öka inte kontrollen i smyg.

                        ## Små handlingar, stor effekt

                        - Tacka konkret och öppet, korrigera enskilt.
                        - Berätta varför ett beslut fattades, också när det inte gläder alla.
                        - Erkänn dina egna misstag. Då blir det tryggare också för andra att tala om misstag.
                        """),
                Minutes: 5),
            new CourseLesson(
                Key: new Guid("b3da87bb-d72e-4182-b05e-b4ed665f8b91"),
                Kind: LessonKind.Video,
                Title: new LocalizedText(
                    Fi: "Video: Valvonnasta luottamukseen",
                    Sv: "Video: Från kontroll till tillit",
                    En: "Video: From control to trust"),
                Body: new LocalizedText(
                    Fi: """
                        Videolla hyvinvointialueen neuvontapalvelun esihenkilö kertoo, miten hän huomasi seuraavansa tiiminsä tilavaloja ja viestien vastausaikoja yhä tiiviimmin. Hän kuvaa, mitä tiimi siitä ajatteli ja miten he siirtyivät yhdessä sovittuihin viikkotavoitteisiin.

                        **Tekstivastine**

                        - Tiivis valvonta ei parantanut tuloksia, mutta se vahvisti tiimissä kokemusta epäluottamuksesta.
                        - Esihenkilö otti asian puheeksi viikkopalaverissa ja kysyi, mikä auttaisi tiimiä tekemään työnsä hyvin.
                        - Tiimi sopi viikkotavoitteista ja yhteisestä tilannetaulusta, josta eteneminen näkyy kaikille.
                        - Ongelmista kerrotaan nyt aiemmin, koska niiden esiin nostamista ei enää koeta riskiksi.
                        - Esihenkilön mukaan suurin muutos tapahtui hänen omassa ajattelussaan.
                        """,
                    Sv: """
                        I videon berättar en chef för rådgivningstjänsten i ett välfärdsområde hur han märkte att han följde teamets statusindikatorer och svarstider allt tätare. Han beskriver vad teamet tyckte om det och hur de tillsammans gick över till överenskomna veckomål.

                        **Textversion**

                        - Den täta kontrollen förbättrade inte resultaten, men den stärkte känslan av misstro i teamet.
                        - Chefen tog upp saken på veckomötet och frågade vad som skulle hjälpa teamet att göra ett bra arbete.
                        - Teamet kom överens om veckomål och en gemensam lägestavla där alla ser hur arbetet framskrider.
                        - Problem lyfts nu fram tidigare, eftersom det inte längre upplevs som en risk att ta upp dem.
                        - Enligt chefen skedde den största förändringen i hans eget tänkande.
                        """),
                Minutes: 4,
                VideoUrl: "https://video.example.fi/etajohtaminen/valvonnasta-luottamukseen"),
            new CourseLesson(
                Key: new Guid("38891749-dab2-4b3f-b367-0e65f4606237"),
                Kind: LessonKind.Reflection,
                Title: new LocalizedText(
                    Fi: "Pohdi: Missä kohtaa valvot, vaikka voisit luottaa?",
                    Sv: "Reflektera: Var kontrollerar du fast du kunde lita?",
                    En: "Reflect: Where do you control when you could trust?"),
                Body: new LocalizedText(
                    Fi: """
                        Mieti omaa toimintaasi viimeisen kuukauden ajalta.

                        - Missä tilanteissa olet tarkistanut, kysellyt tai seurannut enemmän kuin työn kannalta olisi ollut tarpeen? Mikä sai sinut toimimaan niin?
                        - Mitä tiimisi jäsenet todennäköisesti päättelivät siitä?
                        - Mistä yhdestä asiasta voisit sopia tiimin kanssa niin, että yhteinen sopimus korvaa seurannan?

                        Vastauksesi näkyvät vain sinulle.
                        """,
                    Sv: """
                        Fundera på hur du själv har agerat under den senaste månaden.

                        - I vilka situationer har du kontrollerat, frågat eller följt upp mer än arbetet krävde? Vad fick dig att göra så?
                        - Vilka slutsatser drog medlemmarna i ditt team troligen av det?
                        - Vilken sak kunde du komma överens om med teamet så att en gemensam överenskommelse ersätter kontrollen?

                        Bara du ser det du skriver.
                        """,
                    En: """
                        Think about how you have acted during the past month.

                        - In which situations have you checked, asked or followed up more than the work required? What made you do so?
                        - What did the members of your team probably conclude from it?
                        - What one thing could you agree on with your team so that a shared agreement replaces the checking?

                        Only you can see what you write.
                        """),
                Minutes: 5),
        ]);

    private static CourseModule TrustFeedbackAndInclusion() => new(
        Key: new Guid("f11d7dd5-6ed9-41c7-8260-4dfa2aca788d"),
        Title: new LocalizedText(
            Fi: "Palaute ja osallisuus",
            Sv: "Feedback och delaktighet",
            En: "Feedback and inclusion"),
        Lessons:
        [
            new CourseLesson(
                Key: new Guid("3d580664-3c72-4b94-95b0-fa74567e5191"),
                Kind: LessonKind.Text,
                Title: new LocalizedText(
                    Fi: "Työkalu: palaute etänä kolmessa vaiheessa",
                    Sv: "Verktyg: feedback på distans i tre steg",
                    En: "Tool: feedback at a distance in three steps"),
                Body: new LocalizedText(
                    Fi: """
                        Etänä palaute jää helposti antamatta, koska tilaisuus ei tule luontevasti vastaan. Toisaalta kirjoitettu palaute voi kuulostaa tylymmältä kuin on tarkoitettu. Tämä yksinkertainen malli auttaa sanomaan asian selkeästi ja ystävällisesti.

                        ## Malli: havainto – vaikutus – jatko

                        1. **Havainto**: kerro mahdollisimman konkreettisesti, mitä tapahtui. *”Eilisessä asiakaspalaverissa kokosit perheen tilanteen selkeästi kolmeen kohtaan.”*
                        2. **Vaikutus**: kerro, mitä siitä seurasi. *”Perheen oli helppo pysyä mukana, ja palaveri päättyi yhteiseen suunnitelmaan.”*
                        3. **Jatko**: kerro, mitä toivot jatkossa, tai kysy työntekijän näkemystä. *”Voisitko näyttää mallisi myös uusille työntekijöille?”*

                        Sama malli toimii korjaavassa palautteessa: *”Viikkoraportti tuli torstaina, vaikka sovimme tiistaista (havainto). Siksi tilannekuvaa ei ehditty käsitellä johtoryhmässä (vaikutus). Mikä auttaisi, että se valmistuu tiistaina? (jatko)”*

                        ## Etäpalautteen pelisäännöt

                        - **Myönteinen palaute saa olla julkista**, esimerkiksi viikkopalaverissa tai tiimin kanavalla.
                        - **Korjaava palaute annetaan aina kahden kesken**, mieluiten puhelimessa tai videolla – ei chatissa.
                        - **Anna palaute pian**, mieluiten saman tai seuraavan päivän aikana.
                        - **Pyydä palautetta myös itsellesi**: *”Mitä voisin tehdä toisin, jotta etätyö sujuisi sinulla paremmin?”*
                        - **Lue kirjoitettu viesti ääneen** ennen lähettämistä. Jos se kuulostaa tylyltä, soita mieluummin.
                        """,
                    Sv: """
                        På distans blir feedback lätt ogiven, eftersom tillfället inte dyker upp av sig självt. Samtidigt kan skriftlig feedback låta strängare än det var tänkt. Den här enkla modellen hjälper dig att säga saken tydligt och vänligt.

                        ## Modellen: iakttagelse – verkan – fortsättning

                        1. **Iakttagelse**: berätta så konkret som möjligt vad som hände. *”På gårdagens klientmöte sammanfattade du familjens situation tydligt i tre punkter.”*
                        2. **Verkan**: berätta vad det ledde till. *”Familjen kunde lätt hänga med, och mötet slutade med en gemensam plan.”*
                        3. **Fortsättning**: berätta vad du önskar framöver, eller fråga hur medarbetaren ser på saken. *”Kunde du visa din modell också för de nyanställda?”*

                        Samma modell fungerar för korrigerande feedback: *”Veckorapporten kom på torsdag fast vi kom överens om tisdag (iakttagelse). Därför hann vi inte behandla lägesbilden i ledningsgruppen (verkan). Vad skulle hjälpa för att den blir klar på tisdag? (fortsättning)”*

                        ## Spelregler för feedback på distans

                        - **Positiv feedback får gärna vara offentlig**, till exempel på veckomötet eller i teamets kanal.
                        - **Korrigerande feedback ges alltid enskilt**, helst per telefon eller video – inte i chatten.
                        - **Ge feedback snabbt**, helst samma eller nästa dag.
                        - **Be om feedback också för egen del**: *”Vad kunde jag göra annorlunda så att distansarbetet fungerar bättre för dig?”*
                        - **Läs ett skriftligt meddelande högt** innan du skickar det. Om det låter strängt, ring hellre.
                        """),
                Minutes: 5),
            new CourseLesson(
                Key: new Guid("fc7bdd52-7413-4a18-bb1f-753df23ed3e9"),
                Kind: LessonKind.Video,
                Title: new LocalizedText(
                    Fi: "Video: Yksi tiimi – osa paikan päällä, osa etänä",
                    Sv: "Video: Ett team – en del på plats, en del på distans",
                    En: "Video: One team – some on site, some remote"),
                Body: new LocalizedText(
                    Fi: """
                        Videolla seurataan sairaalan vuodeosaston ja sen koordinaattoreiden yhteistä arkea. Hoitajat työskentelevät aina paikan päällä vuoroissa, kun taas koordinaattorit ja esihenkilö tekevät osan viikosta etänä. Esihenkilö näyttää, millä käytännöillä kukaan ei jää tiedon ulkopuolelle.

                        **Tekstivastine**

                        - Viikkopalaveri on ajoitettu vuoronvaihdon yhteyteen, jolloin hoitajat pääsevät mukaan työajalla.
                        - Osastolla on yhteinen näyttö, jonka ääreltä paikan päällä olevat osallistuvat yhdessä. Puheenvuorot kiertävät tasapuolisesti etä- ja lähiosallistujien välillä.
                        - Palaverista kirjoitetaan lyhyt muistio, joka käydään läpi myös ilta- ja yövuoron raportilla.
                        - Esihenkilöllä on joka viikko sovitut ajat, jolloin hän on itse osastolla.
                        - Koko tiimiä koskevia päätöksiä ei tehdä pelkästään etänä työskentelevien kesken.
                        """,
                    Sv: """
                        I videon följer vi vardagen på en bäddavdelning på ett sjukhus och avdelningens koordinatorer. Vårdarna arbetar alltid på plats i skift, medan koordinatorerna och chefen arbetar en del av veckan på distans. Chefen visar vilka rutiner som gör att ingen hamnar utanför informationen.

                        **Textversion**

                        - Veckomötet är förlagt till skiftbytet, så att vårdarna kan delta på arbetstid.
                        - På avdelningen finns en gemensam skärm där de som är på plats deltar tillsammans. Ordet går jämlikt mellan dem som deltar på distans och dem som är på plats.
                        - Från mötet skrivs korta minnesanteckningar som också gås igenom vid rapporten för kvälls- och nattskiftet.
                        - Chefen har bestämda tider varje vecka då hon själv är på avdelningen.
                        - Beslut som gäller hela teamet fattas inte enbart bland dem som arbetar på distans.
                        """),
                Minutes: 5,
                VideoUrl: "https://video.example.fi/etajohtaminen/yksi-tiimi"),
            new CourseLesson(
                Key: new Guid("4a4d270d-8931-4f11-be5e-bd5113bef577"),
                Kind: LessonKind.Reflection,
                Title: new LocalizedText(
                    Fi: "Pohdi: Kuka tiimissäsi jää helpoimmin sivuun?",
                    Sv: "Reflektera: Vem i ditt team hamnar lättast vid sidan om?",
                    En: "Reflect: Who on your team is most easily left out?"),
                Body: new LocalizedText(
                    Fi: """
                        Ajattele tiimisi viestintää ja palavereja viime viikoilta.

                        - Ketkä tiimistäsi eivät pääse mukaan palavereihin työaikojensa tai tehtäviensä vuoksi – esimerkiksi vuorotyötä tai asiakastyötä paikan päällä tekevät?
                        - Mistä he saavat tiedon nyt, ja kuinka paljon myöhemmin kuin muut?
                        - Milloin annoit heille viimeksi palautetta – ja milloin he pääsivät viimeksi vaikuttamaan yhteiseen päätökseen?
                        - Minkä yhden käytännön muuttaminen parantaisi tilannetta?

                        Vastauksesi näkyvät vain sinulle.
                        """,
                    Sv: """
                        Tänk på teamets kommunikation och möten under de senaste veckorna.

                        - Vilka i ditt team kan inte delta i mötena på grund av sina arbetstider eller uppgifter – till exempel de som arbetar i skift eller med klienter på plats?
                        - Var får de informationen nu, och hur mycket senare än de andra?
                        - När gav du dem feedback senast – och när fick de senast påverka ett gemensamt beslut?
                        - Vilken enskild rutin skulle förbättra läget om du ändrade den?

                        Bara du ser det du skriver.
                        """,
                    En: """
                        Think about your team's communication and meetings over the past few weeks.

                        - Who on your team cannot join meetings because of their working hours or tasks – for example those who work shifts or with clients on site?
                        - Where do they get information now, and how much later than the others?
                        - When did you last give them feedback – and when did they last get to influence a shared decision?
                        - Which one practice would improve things if you changed it?

                        Only you can see what you write.
                        """),
                Minutes: 5),
        ]);

    private static CourseModule TrustLeadingChange() => new(
        Key: new Guid("1dde5f6c-520f-4abc-96b4-7a85a3cb3895"),
        Title: new LocalizedText(
            Fi: "Muutoksen johtaminen epävarmuudessa",
            Sv: "Att leda förändring i osäkra tider",
            En: "Leading change amid uncertainty"),
        Lessons:
        [
            new CourseLesson(
                Key: new Guid("16483c27-4d51-4c68-84d6-dfa60193aa3a"),
                Kind: LessonKind.Text,
                Title: new LocalizedText(
                    Fi: "Työkalu: viesti muutoksesta, kun kaikkea ei vielä tiedetä",
                    Sv: "Verktyg: att informera om förändring när allt inte är känt",
                    En: "Tool: communicating change before everything is known"),
                Body: new LocalizedText(
                    Fi: """
                        Kun hyvinvointialue järjestää palvelujaan uudelleen – yhdistää yksiköitä, siirtää palvelun toiseen toimipisteeseen tai muuttaa aukioloaikoja – esihenkilö joutuu usein viestimään ennen kuin kaikki on päätetty. Etänä epävarmuus kasvaa helposti, koska huhut kulkevat chatissa nopeammin kuin virallinen tieto.

                        ## Kolmen laatikon malli

                        Jäsennä jokainen muutosviesti kolmeen osaan:

                        1. **Mitä tiedämme nyt** – päätökset, aikataulu ja se, mikä ei muutu.
                        2. **Mitä emme vielä tiedä** – avoimet kysymykset ääneen sanottuina. Jo epävarmuuden myöntäminen vähentää arvailua.
                        3. **Milloin ja miten kerromme lisää** – seuraava tiedotusajankohta, vaikka uutta kerrottavaa ei olisi.

                        ## Viestipohja

                        - **Aihe:** Muutos palvelussa X – tilanne pp.kk.
                        - **Tiedämme nyt:** …
                        - **Emme vielä tiedä:** …
                        - **Mikä ei muutu:** …
                        - **Seuraava tilannekatsaus:** päivä ja kanava
                        - **Kysymykset:** viikkopalaverissa, kahdenkeskisissä keskusteluissa tai suoraan minulle

                        ## Muista etänä

                        - Kerro isoista muutoksista **ensin suullisesti** videopalaverissa ja lähetä kirjallinen yhteenveto heti perään. Pelkkä sähköposti jättää tunteet käsittelemättä.
                        - Varmista, että paikan päällä vuorotyötä tekevät kuulevat asiasta samaan aikaan kuin muut.
                        - Varaa aikaa kysymyksille ja tunteille. Muutos herättää huolta omasta työstä, ja se on luonnollista.
                        - Tarkista organisaatiosi yhteistoimintamenettely ja HR:n ohjeet, ennen kuin viestit henkilöstöön vaikuttavista muutoksista.
                        - Pidä lupaamasi tilannekatsaus silloinkin, kun voit sanoa vain: ”Uutta tietoa ei vielä ole.”
                        """,
                    Sv: """
                        När välfärdsområdet omorganiserar sina tjänster – slår ihop enheter, flyttar en tjänst till ett annat verksamhetsställe eller ändrar öppettiderna – måste chefen ofta informera innan allt är avgjort. På distans växer osäkerheten lätt, eftersom rykten sprids snabbare i chatten än den officiella informationen.

                        ## Modellen med tre lådor

                        Dela upp varje meddelande om förändringen i tre delar:

                        1. **Det vi vet nu** – beslut, tidtabell och det som inte förändras.
                        2. **Det vi ännu inte vet** – de öppna frågorna, uttalade högt. Redan det att osäkerheten erkänns minskar gissningarna.
                        3. **När och hur vi berättar mer** – nästa informationstillfälle, även om det inte finns något nytt att berätta.

                        ## Mall för meddelandet

                        - **Ämne:** Förändring i tjänsten X – läget dd.mm.
                        - **Det vi vet nu:** …
                        - **Det vi ännu inte vet:** …
                        - **Det som inte förändras:** …
                        - **Nästa lägesöversikt:** dag och kanal
                        - **Frågor:** på veckomötet, i enskilda samtal eller direkt till mig

                        ## Kom ihåg på distans

                        - Berätta om stora förändringar **först muntligt** på ett videomöte och skicka en skriftlig sammanfattning direkt efteråt. Enbart e-post lämnar känslorna obearbetade.
                        - Se till att de som arbetar i skift på plats får höra det samtidigt som de andra.
                        - Reservera tid för frågor och känslor. Förändringar väcker oro för det egna arbetet, och det är naturligt.
                        - Kontrollera din organisations samarbetsförfarande och HR:s anvisningar innan du informerar om förändringar som påverkar personalen.
                        - Håll den lägesöversikt du har lovat även när du bara kan säga: ”Vi har ingen ny information ännu.”
                        """),
                Minutes: 6),
            new CourseLesson(
                Key: new Guid("edf1205c-6dd7-4760-a9bd-81fcfd3cf114"),
                Kind: LessonKind.Text,
                Title: new LocalizedText(
                    Fi: "Lisälukemista: tunteet muutoksessa",
                    Sv: "Fördjupning: känslorna i en förändring",
                    En: "Extra reading: emotions in change"),
                Body: new LocalizedText(
                    Fi: """
                        Muutos ei etene tiimissä pelkkinä päätöksinä ja aikatauluina. Ihmiset käyvät sen läpi myös tunteina, kukin omaan tahtiinsa. Usein alun hämmennys ja vastustus vaihtuvat vähitellen kokeiluun ja lopulta uuden toimintatavan omaksumiseen. Vaiheet eivät etene suoraviivaisesti, ja samassa tiimissä voi olla yhtä aikaa ihmisiä eri kohdissa.

                        ## Mitä esihenkilö voi tehdä

                        - **Alussa**: kerro avoimesti, kuuntele ja hyväksy, että huoli ja jopa kiukku ovat luonnollisia. Älä vakuuttele, että kaikki on hyvin, jos et tiedä sitä.
                        - **Vastustuksen aikana**: kysy, mihin vastustus liittyy. Siinä on usein arvokasta tietoa siitä, mikä uudessa mallissa ei vielä toimi.
                        - **Kokeiluvaiheessa**: anna tilaa kokeilla ja epäonnistua. Kootkaa kokemuksia yhdessä esimerkiksi viikkopalaverissa.
                        - **Vakiintuessa**: pysähtykää yhdessä huomaamaan, mitä on saatu aikaan, ja kiitä.

                        Etänä tunteet jäävät helpommin piiloon. Kysy kahdenkeskisissä keskusteluissa suoraan, miltä muutos tuntuu, ja pane merkille, ketkä ovat hiljentyneet.

                        Lisää aiheesta: [Muutoksen johtaminen sote-organisaatiossa](https://www.example.fi/muutosjohtaminen/tunteet-muutoksessa)
                        """,
                    Sv: """
                        En förändring går inte fram i teamet enbart som beslut och tidtabeller. Människor går också igenom den känslomässigt, var och en i sin egen takt. Ofta övergår den första förvirringen och motståndet så småningom i att man prövar sig fram och till slut tar till sig det nya arbetssättet. Faserna följer inte en rak linje, och i samma team kan människor befinna sig i olika skeden samtidigt.

                        ## Vad chefen kan göra

                        - **I början**: berätta öppet, lyssna och acceptera att oro och till och med ilska är naturliga. Försäkra inte att allt är bra om du inte vet det.
                        - **Under motståndet**: fråga vad motståndet gäller. Där finns ofta värdefull information om vad som ännu inte fungerar i den nya modellen.
                        - **När ni prövar er fram**: ge utrymme att pröva och misslyckas. Samla erfarenheterna tillsammans, till exempel på veckomötet.
                        - **När det nya har satt sig**: stanna upp tillsammans och se vad ni har åstadkommit, och tacka.

                        På distans döljs känslorna lättare. Fråga rakt ut i de enskilda samtalen hur förändringen känns, och lägg märke till vilka som har blivit tysta.

                        Läs mer: [Att leda förändring inom social- och hälsovården](https://www.example.fi/forandringsledning/kanslor-i-forandring)
                        """),
                Required: false,
                Minutes: 4),
            new CourseLesson(
                Key: new Guid("21c98037-b775-481d-a088-36d7dc224f92"),
                Kind: LessonKind.Quiz,
                Title: new LocalizedText(
                    Fi: "Tietovisa: luottamus ja vuorovaikutus",
                    Sv: "Quiz: tillit och växelverkan",
                    En: "Quiz: trust and interaction"),
                Body: new LocalizedText(
                    Fi: "Tarkista neljällä kysymyksellä, mitä kurssista jäi mieleen.",
                    Sv: "Kontrollera med fyra frågor vad du minns från kursen.",
                    En: "Check with four questions what you remember from the course."),
                Minutes: 5,
                Quiz: new Quiz(
                    PassMarkPercent: 75,
                    Questions:
                    [
                        new QuizQuestion(
                            Key: new Guid("198b9621-9771-4622-9ce5-71e7f3d5c4f4"),
                            Prompt: new LocalizedText(
                                Fi: "Mikä näistä rakentaa luottamusta etätiimissä parhaiten?",
                                Sv: "Vilket av följande bygger bäst tillit i ett distansteam?",
                                En: "Which of these builds trust in a remote team best?"),
                            MultipleAnswers: false,
                            Options:
                            [
                                new QuizOption(new Guid("e814050f-fc02-45c2-9cd2-4934934e0ba0"), new LocalizedText("Työntekijöiden kirjautumisaikojen tarkka seuraaminen", "Att noga följa medarbetarnas inloggningstider", "Closely tracking when employees log in"), Correct: false),
                                new QuizOption(new Guid("a37be454-7052-4a63-9ed1-97b9ce0ac3b2"), new LocalizedText("Ongelmista vaikeneminen, jotta tiimin tunnelma pysyy hyvänä", "Att tiga om problem så att stämningen i teamet hålls god", "Keeping quiet about problems so the team mood stays good"), Correct: false),
                                new QuizOption(new Guid("e8ddb9a7-a375-48d9-9610-72cff6bf5120"), new LocalizedText("Sovitusta kiinni pitäminen ja avoin kertominen, jos jokin muuttuu", "Att hålla det man har kommit överens om och berätta öppet om något ändras", "Keeping to what was agreed and saying openly when something changes"), Correct: true),
                                new QuizOption(new Guid("2d2483e1-1257-4d9f-b331-06595911ad87"), new LocalizedText("Päätöksistä kertominen vasta, kun kaikki yksityiskohdat ovat varmoja", "Att berätta om beslut först när alla detaljer är säkra", "Announcing decisions only once every detail is certain"), Correct: false),
                            ]),
                        new QuizQuestion(
                            Key: new Guid("8b2bbb04-2269-48d4-9b49-0da3e29b2089"),
                            Prompt: new LocalizedText(
                                Fi: "Miten korjaava palaute kannattaa antaa etätyössä?",
                                Sv: "Hur är det bäst att ge korrigerande feedback i distansarbete?",
                                En: "How should corrective feedback be given in remote work?"),
                            MultipleAnswers: false,
                            Options:
                            [
                                new QuizOption(new Guid("404151cb-ce1d-4f20-9576-c6a459cf1b93"), new LocalizedText("Kahden kesken puhelimessa tai videolla, pian tapahtuneen jälkeen", "Enskilt per telefon eller video, snart efter det som hände", "One-to-one by phone or video, soon after what happened"), Correct: true),
                                new QuizOption(new Guid("8caa6d40-27f9-4541-8ae1-6bd6fb141053"), new LocalizedText("Tiimin chattikanavalla, jotta kaikki oppivat samalla", "I teamets chattkanal, så att alla lär sig samtidigt", "In the team chat channel, so everyone learns at the same time"), Correct: false),
                                new QuizOption(new Guid("cb000692-f622-4f00-81bd-90966f25bb6b"), new LocalizedText("Kootusti kerran vuodessa kehityskeskustelussa", "Samlat en gång om året i utvecklingssamtalet", "All at once in the annual performance review"), Correct: false),
                            ]),
                        new QuizQuestion(
                            Key: new Guid("42f16c7b-11c7-4efe-81bc-d56f497a5e47"),
                            Prompt: new LocalizedText(
                                Fi: "Millä keinoilla pidät paikan päällä vuorotyötä tekevät mukana tiimin tiedonkulussa? Valitse kaikki sopivat.",
                                Sv: "Hur håller du dem som arbetar i skift på plats med i teamets informationsflöde? Välj alla som passar.",
                                En: "How do you keep shift workers on site in the team's flow of information? Choose all that apply."),
                            MultipleAnswers: true,
                            Options:
                            [
                                new QuizOption(new Guid("42a0d00c-0152-4d0c-baf5-d193cb506037"), new LocalizedText("Ajoitat palaverit niin, että he pääsevät mukaan työajalla", "Du lägger mötena så att de kan delta på arbetstid", "You time meetings so they can join during working hours"), Correct: true),
                                new QuizOption(new Guid("376b5ba7-dbdd-48fd-bf81-0f891ad384fd"), new LocalizedText("Palaverimuistio käydään läpi myös vuororaportilla", "Minnesanteckningarna gås igenom också vid skiftrapporten", "The meeting notes are also gone through at the shift handover"), Correct: true),
                                new QuizOption(new Guid("cf429c0d-f441-4c54-a041-298c435c2fe9"), new LocalizedText("Koko tiimiä koskevat päätökset tehdään etänä työskentelevien kesken chatissa", "Beslut som gäller hela teamet fattas i chatten bland dem som arbetar på distans", "Decisions for the whole team are made in chat among those working remotely"), Correct: false),
                                new QuizOption(new Guid("9449a438-6c54-4288-9871-41628dae9dfc"), new LocalizedText("Olet itse sovittuina aikoina paikan päällä", "Du är själv på plats på överenskomna tider", "You are on site yourself at agreed times"), Correct: true),
                            ]),
                        new QuizQuestion(
                            Key: new Guid("fcdaaa8d-d19e-4185-9663-27ca0da4305b"),
                            Prompt: new LocalizedText(
                                Fi: "Mitä muutosviestissä kannattaa kertoa, kun kaikkea ei vielä tiedetä? Valitse kaikki sopivat.",
                                Sv: "Vad är bra att berätta i ett meddelande om förändring när allt ännu inte är känt? Välj alla som passar.",
                                En: "What should a message about change say when not everything is known yet? Choose all that apply."),
                            MultipleAnswers: true,
                            Options:
                            [
                                new QuizOption(new Guid("68029794-d9c8-4584-a43f-e237a0144eb1"), new LocalizedText("Mitä tiedämme nyt", "Det vi vet nu", "What we know now"), Correct: true),
                                new QuizOption(new Guid("a6f1eca9-3141-4a85-820a-6f15ad406f7a"), new LocalizedText("Mitä emme vielä tiedä", "Det vi ännu inte vet", "What we do not know yet"), Correct: true),
                                new QuizOption(new Guid("8c877566-ddad-442b-bbbf-8517d6594e8c"), new LocalizedText("Omat arvauksesi siitä, mitä johto todennäköisesti päättää", "Dina egna gissningar om vad ledningen troligen beslutar", "Your own guesses about what management will probably decide"), Correct: false),
                                new QuizOption(new Guid("9b09e08c-4f45-4715-b68c-2e3d905051b5"), new LocalizedText("Milloin ja miten kerromme lisää", "När och hur vi berättar mer", "When and how we will tell more"), Correct: true),
                            ]),
                    ])),
        ]);

    // ---------------------------------------------------------------------------------------------------------------
    // Course 3: Hyvinvointia hybridityöhön / Välbefinnande i hybridarbete / Wellbeing in hybrid work
    // ---------------------------------------------------------------------------------------------------------------

    private static CourseContent Wellbeing() => new(
        Title: new LocalizedText(
            Fi: "Hyvinvointia hybridityöhön",
            Sv: "Välbefinnande i hybridarbete",
            En: "Wellbeing in hybrid work"),
        Summary: new LocalizedText(
            Fi: "Hybridityössä kuormitus ja sen merkit näkyvät eri tavalla kuin silloin, kun koko tiimi on päivittäin samassa paikassa. Tällä kurssilla opit tunnistamaan kuormitusta ja tukemaan palautumista, sopimaan tiimin kanssa keskittymistä suojaavista käytännöistä, huomaamaan kuormittumisen varhaiset merkit etäyhteydenkin yli ja käymään varhaisen tuen keskustelun ajoissa ja hienotunteisesti.",
            Sv: "I hybridarbete syns belastningen och tecknen på den på ett annat sätt än när hela teamet är på samma plats varje dag. I den här kursen lär du dig att känna igen belastning och stödja återhämtning, komma överens med teamet om rutiner som skyddar koncentrationen, märka tidiga tecken på överbelastning också på distans och föra ett samtal om tidigt stöd i tid och med finkänslighet.",
            En: "In hybrid work, strain and its signs show differently than when the whole team is in the same place every day. In this course you learn to recognise workload and support recovery, agree with your team on practices that protect concentration, notice early signs of strain at a distance and hold an early support conversation in good time and with tact."),
        Themes: CourseThemes.RemoteLeadership | CourseThemes.WellbeingAtWork,
        Modules: [WellbeingRecovery(), WellbeingEarlySigns(), WellbeingEarlySupport()]);

    private static CourseModule WellbeingRecovery() => new(
        Key: new Guid("259a5804-4f8f-452d-b7f0-6b812bc61ffe"),
        Title: new LocalizedText(
            Fi: "Kuormitus ja palautuminen",
            Sv: "Belastning och återhämtning",
            En: "Workload and recovery"),
        Lessons:
        [
            new CourseLesson(
                Key: new Guid("3965cd7c-cff3-46e9-8a71-3701392a2cb9"),
                Kind: LessonKind.Text,
                Title: new LocalizedText(
                    Fi: "Kuormitus ja palautuminen hybridityössä",
                    Sv: "Belastning och återhämtning i hybridarbete",
                    En: "Workload and recovery in hybrid work"),
                Body: new LocalizedText(
                    Fi: """
                        Kuormitus ei sinänsä ole haitallista: sopiva haaste pitää työn mielekkäänä. Ongelma syntyy, kun **palautuminen ei ehdi tapahtua** ennen seuraavaa kuormittavaa jaksoa – päivän, viikon tai pidemmän ajan kuluessa.

                        ## Mikä hybridityössä kuormittaa

                        - **Rajattomuus**: kun työ on aina saatavilla, työpäivä venyy huomaamatta ja tauot jäävät pitämättä.
                        - **Palaveriputket**: etäpalaverit seuraavat toisiaan ilman siirtymiä. Lähityössä jo kävely huoneesta toiseen oli pieni tauko.
                        - **Keskeytykset ja monet kanavat**: viestejä tulee monesta paikasta, ja jokainen ilmoitus katkaisee keskittymisen.
                        - **Yksinäisyys ja epäselvyys**: kun vierustoverilta ei voi kysyä, pienetkin epäselvyydet jäävät kuormittamaan.
                        - **Eriytyvä arki**: paikan päällä työskentelevät voivat kokea, että heille kasautuu käytännön tehtäviä, joita etänä olevat eivät näe.

                        ## Mikä auttaa palautumaan

                        - Tauot, jotka ovat oikeita taukoja: pois ruudulta, mieluiten liikkeelle.
                        - Selkeä työpäivän päätös, esimerkiksi seuraavan päivän lyhyt suunnittelu ja laitteiden sulkeminen.
                        - Riittävä uni ja vapaa-aika, johon työ ei tunkeudu viesteinä.
                        - Onnistumisen ja yhteisöllisyyden kokemukset, jotka antavat voimia.

                        ## Esihenkilön rooli

                        Et voi palautua tiimisi puolesta, mutta voit tehdä palautumisen mahdolliseksi. **Oma esimerkkisi** on vahvin viesti: jos lähetät viestejä iltaisin, tiimi päättelee, että niin kuuluu tehdä. Ajasta viestisi lähtemään työaikana ja sano ääneen, ettei iltaisin tarvitse vastata.
                        """,
                    Sv: """
                        Belastning är inte skadlig i sig: en lagom utmaning gör arbetet meningsfullt. Problemet uppstår när **återhämtningen inte hinner ske** före nästa krävande period – under dagen, veckan eller en längre tid.

                        ## Vad belastar i hybridarbete

                        - **Gränslöshet**: när arbetet alltid finns till hands blir arbetsdagen lång utan att man märker det, och pauserna blir inte av.
                        - **Möte efter möte**: distansmötena följer på varandra utan övergångar. På plats var redan promenaden från ett rum till ett annat en liten paus.
                        - **Avbrott och många kanaler**: meddelanden kommer från många håll, och varje avisering bryter koncentrationen.
                        - **Ensamhet och otydlighet**: när man inte kan fråga kollegan bredvid blir också små oklarheter hängande och belastar.
                        - **Olika vardag**: de som arbetar på plats kan uppleva att praktiska uppgifter som de på distans inte ser hopar sig hos dem.

                        ## Det här hjälper återhämtningen

                        - Pauser som är riktiga pauser: bort från skärmen, gärna i rörelse.
                        - Ett tydligt slut på arbetsdagen, till exempel en kort planering av nästa dag och att stänga av apparaterna.
                        - Tillräckligt med sömn och fritid som inte störs av jobbmeddelanden.
                        - Upplevelser av att lyckas och av gemenskap, som ger kraft.

                        ## Chefens roll

                        Du kan inte återhämta dig i stället för ditt team, men du kan göra återhämtningen möjlig. **Ditt eget exempel** är det starkaste budskapet: om du skickar meddelanden på kvällarna drar teamet slutsatsen att det är så man ska göra. Tidsinställ dina meddelanden så att de skickas under arbetstid och säg högt att ingen behöver svara på kvällen.
                        """),
                Minutes: 5),
            new CourseLesson(
                Key: new Guid("799d9473-001f-4a9d-b618-ba5eca0bee02"),
                Kind: LessonKind.Text,
                Title: new LocalizedText(
                    Fi: "Työkalu: tiimin keskittymissopimus",
                    Sv: "Verktyg: teamets fokusavtal",
                    En: "Tool: the team's focus agreement"),
                Body: new LocalizedText(
                    Fi: """
                        **Kognitiivinen ergonomia** tarkoittaa työn sujuvuutta ajattelun ja tiedonkäsittelyn kannalta: kuinka paljon työ vaatii muistamista, kuinka usein keskeytyksiä tulee ja kuinka helposti tarvittava tieto löytyy. Sote-työssä se näkyy esimerkiksi siinä, kuinka moneen järjestelmään kirjataan tai kuinka usein puhelin katkaisee asiakastyön.

                        Keskittymistä suojataan parhaiten yhteisillä sopimuksilla, sillä yksittäinen työntekijä ei voi hiljentää ilmoituksia, jos muut odottavat häneltä välitöntä vastausta.

                        ## Keskustelkaa tiimin kanssa (30–45 min)

                        1. **Mikä keskeyttää?** Jokainen listaa viikkonsa kolme yleisintä keskeytystä. Kootkaa ne yhteen.
                        2. **Mitkä keskeytykset ovat tarpeellisia?** Osa kuuluu työhön, esimerkiksi kiireelliset asiakastilanteet. Erottakaa ne muista.
                        3. **Mistä sovimme?** Valitkaa 2–4 käytäntöä alla olevasta listasta tai keksikää omia.
                        4. **Milloin tarkistamme?** Sopikaa arviointi noin kuukauden päähän.

                        ## Esimerkkejä käytännöistä

                        - **Keskittymisaika**: jokaisella on kalenterissa esimerkiksi kaksi kahden tunnin jaksoa viikossa, jolloin ilmoitukset saa hiljentää.
                        - **Palaveriton aamupäivä** kerran viikossa.
                        - **25 ja 50 minuutin palaverit** tasatuntien sijaan, jotta väliin jää tauko.
                        - **Yksi kanava yhteen asiaan**: esimerkiksi ohjeet aina samassa paikassa eikä hajallaan viestiketjuissa.
                        - **Porrastetut vastausajat**: chat saman päivän aikana, sähköposti kahden työpäivän kuluessa, kiireelliset asiat puhelimella.
                        - **Tiedon löydettävyys**: yhteinen, ajantasainen hakemisto usein tarvittaviin ohjeisiin.

                        Kirjatkaa sovitut asiat tiimin etätyösopimukseen, jos teillä on sellainen.
                        """,
                    Sv: """
                        **Kognitiv ergonomi** handlar om hur smidigt arbetet löper med tanke på tänkande och informationsbehandling: hur mycket arbetet kräver att man minns, hur ofta man blir avbruten och hur lätt den information man behöver går att hitta. Inom social- och hälsovården syns det till exempel i hur många system man dokumenterar i eller hur ofta telefonen avbryter klientarbetet.

                        Koncentrationen skyddas bäst med gemensamma överenskommelser, eftersom en enskild medarbetare inte kan stänga av aviseringarna om de andra väntar sig svar genast.

                        ## Diskutera med teamet (30–45 min)

                        1. **Vad avbryter?** Var och en listar de tre vanligaste avbrotten under sin vecka. Sammanställ dem.
                        2. **Vilka avbrott är nödvändiga?** En del hör till arbetet, till exempel brådskande klientsituationer. Skilj dem från de övriga.
                        3. **Vad kommer vi överens om?** Välj 2–4 rutiner ur listan nedan eller hitta på egna.
                        4. **När följer vi upp?** Bestäm en utvärdering om ungefär en månad.

                        ## Exempel på rutiner

                        - **Fokustid**: var och en har till exempel två tvåtimmarspass i veckan i kalendern då aviseringarna får stängas av.
                        - **En mötesfri förmiddag** i veckan.
                        - **Möten på 25 och 50 minuter** i stället för hela timmar, så att det blir en paus emellan.
                        - **En kanal för en sak**: till exempel anvisningarna alltid på samma ställe och inte utspridda i meddelandetrådar.
                        - **Olika svarstider**: chatten samma dag, e-post inom två arbetsdagar, brådskande ärenden per telefon.
                        - **Information som går att hitta**: en gemensam och uppdaterad förteckning över de anvisningar som behövs ofta.

                        Skriv in det ni kommer överens om i teamets distansavtal, om ni har ett sådant.
                        """),
                Minutes: 6),
            new CourseLesson(
                Key: new Guid("04cb63a3-2658-48ff-96ce-c5cfacfd30d6"),
                Kind: LessonKind.Video,
                Title: new LocalizedText(
                    Fi: "Video: Työpäivä, jossa on tilaa ajatella",
                    Sv: "Video: En arbetsdag med utrymme att tänka",
                    En: "Video: A working day with room to think"),
                Body: new LocalizedText(
                    Fi: """
                        Videolla hyvinvointialueen aikuissosiaalityön tiimi kertoo, miten se otti käyttöön keskittymisajat ja palaverittoman aamupäivän. Tiimin esihenkilö ja kaksi sosiaalityöntekijää kuvaavat, mikä muuttui kolmessa kuukaudessa ja mikä vaati vielä hienosäätöä.

                        **Tekstivastine**

                        - Ennen muutosta kirjaukset jäivät usein iltaan, koska päivä täyttyi palavereista ja viesteistä.
                        - Tiimi sopi kahdesta keskittymisjaksosta viikossa ja siirsi sisäiset palaverit iltapäiviin.
                        - Keskittymisaikana kiireelliset asiakasasiat ohjataan päivystysvuorossa olevalle.
                        - Kolmen kuukauden jälkeen ylitöitä kertyi vähemmän, ja kirjaukset olivat ajan tasalla.
                        - Hienosäätöä vaati se, miten yhteistyökumppanit saavat tiedon tiimin tavoitettavuudesta.
                        """,
                    Sv: """
                        I videon berättar teamet för socialt arbete för vuxna i ett välfärdsområde hur de införde fokustid och en mötesfri förmiddag. Teamets chef och två socialarbetare beskriver vad som förändrades på tre månader och vad som ännu krävde finjustering.

                        **Textversion**

                        - Före förändringen blev dokumentationen ofta kvar till kvällen, eftersom dagen fylldes av möten och meddelanden.
                        - Teamet kom överens om två fokuspass i veckan och flyttade de interna mötena till eftermiddagarna.
                        - Under fokustiden styrs brådskande klientärenden till den som har jour.
                        - Efter tre månader blev det mindre övertid, och dokumentationen var uppdaterad.
                        - Det som krävde finjustering var hur samarbetspartnerna får veta när teamet går att nå.
                        """),
                Minutes: 4,
                VideoUrl: "https://video.example.fi/etajohtaminen/tilaa-ajatella"),
        ]);

    private static CourseModule WellbeingEarlySigns() => new(
        Key: new Guid("9a29feac-8b71-4ba7-90b4-3fab20be3d75"),
        Title: new LocalizedText(
            Fi: "Kuormittumisen merkit etänä",
            Sv: "Tecken på överbelastning på distans",
            En: "Signs of strain at a distance"),
        Lessons:
        [
            new CourseLesson(
                Key: new Guid("1834f7fc-1de3-49f0-8d78-8d3a3b859f3d"),
                Kind: LessonKind.Text,
                Title: new LocalizedText(
                    Fi: "Varhaiset merkit, jotka näkyvät etänäkin",
                    Sv: "Tidiga tecken som syns också på distans",
                    En: "Early signs you can see at a distance"),
                Body: new LocalizedText(
                    Fi: """
                        Lähityössä esihenkilö huomaa usein ensimmäisenä, kun joku väsyy: ilme muuttuu, kahvitauot jäävät väliin tai ääni kiristyy. Etänä samat merkit ovat olemassa, mutta ne näkyvät eri paikoissa. Kyse on **muutoksista totuttuun**, ei yksittäisistä havainnoista.

                        ## Mihin kiinnittää huomiota

                        - **Työajat**: viestejä lähtee myöhään illalla tai viikonloppuisin, vaikka ennen ei.
                        - **Vuorovaikutus**: aiemmin aktiivinen työntekijä hiljenee palavereissa, kamera pysyy kiinni tai vastaukset kuulumiskierroksella lyhenevät.
                        - **Sävy**: viestit muuttuvat kireiksi tai kyynisiksi, ja huumori katoaa.
                        - **Työn sujuminen**: sovitut asiat viivästyvät, virheitä tulee tavallista enemmän tai työntekijä ei enää tartu uusiin asioihin.
                        - **Poissaolot**: lyhyitä sairauspoissaoloja kertyy, tai työntekijä tekee töitä sairaanakin, koska ”kotoa käsin se onnistuu”.

                        ## Miten suhtautua havaintoihin

                        - **Älä diagnosoi.** Esihenkilön tehtävä on huomata ja ottaa puheeksi, ei arvioida terveyttä. Terveydentilan arviointi kuuluu työterveyshuollolle.
                        - **Katso kokonaisuutta.** Yksi myöhäinen viesti ei kerro mitään. Useampi merkki pidemmän aikaa kertoo, että on syytä kysyä.
                        - **Tunnista oma tulkintasi.** Etänä hiljaisuuden voi helposti tulkita väärin. Kysy mieluummin kuin oleta.
                        - **Katso myös tiimiä.** Jos usealla on samoja merkkejä, syy voi olla työn järjestelyissä eikä yksilössä.

                        Kun huomaat merkkejä, ota asia puheeksi pian ja kahden kesken. Kurssin kolmannessa osassa käydään läpi, miten varhaisen tuen keskustelu etenee.
                        """,
                    Sv: """
                        I närarbete är det ofta chefen som först märker när någon blir trött: minen förändras, kaffepauserna uteblir eller tonen blir spänd. På distans finns samma tecken, men de syns på andra ställen. Det handlar om **förändringar jämfört med det vanliga**, inte om enstaka iakttagelser.

                        ## Vad du ska vara uppmärksam på

                        - **Arbetstider**: meddelanden skickas sent på kvällen eller under veckoslut, fast det inte var så tidigare.
                        - **Växelverkan**: en tidigare aktiv medarbetare blir tystare på mötena, kameran förblir avstängd eller svaren vid incheckningen blir kortare.
                        - **Ton**: meddelandena blir spända eller cyniska, och humorn försvinner.
                        - **Hur arbetet löper**: det som har avtalats blir försenat, det blir fler fel än vanligt eller medarbetaren tar inte längre tag i nya saker.
                        - **Frånvaro**: korta sjukfrånvaror blir fler, eller medarbetaren arbetar också när hen är sjuk eftersom ”det går ju hemifrån”.

                        ## Hur du förhåller dig till iakttagelserna

                        - **Ställ inga diagnoser.** Chefens uppgift är att märka och ta upp saken, inte att bedöma hälsan. Bedömningen av hälsotillståndet hör till företagshälsovården.
                        - **Se helheten.** Ett sent meddelande säger ingenting. Flera tecken under en längre tid säger att det finns skäl att fråga.
                        - **Känn igen din egen tolkning.** På distans är det lätt att tolka tystnad fel. Fråga hellre än att anta.
                        - **Se också på teamet.** Om flera visar samma tecken kan orsaken finnas i hur arbetet är ordnat och inte hos individen.

                        När du märker tecken, ta upp saken snart och enskilt. I kursens tredje del går vi igenom hur ett samtal om tidigt stöd går till.
                        """),
                Minutes: 5),
            new CourseLesson(
                Key: new Guid("78c1f1d9-eb1a-4a40-8b3d-d6bc12b733d0"),
                Kind: LessonKind.Video,
                Title: new LocalizedText(
                    Fi: "Video: Kuulumiskierros, joka kertoo enemmän",
                    Sv: "Video: En incheckning som säger mer",
                    En: "Video: A check-in that tells you more"),
                Body: new LocalizedText(
                    Fi: """
                        Videolla esihenkilö vetää tiiminsä viikkopalaverin alussa kolme erilaista kuulumiskierrosta ja kertoo, mitä kustakin voi oppia. Lopuksi hän kertoo, miten toimii, kun joku kertoo kierroksella voivansa huonosti.

                        **Tekstivastine**

                        - **Asteikkokierros**: jokainen kertoo energiatasonsa asteikolla 1–5. Kierros on nopea, ja muutokset viikosta toiseen näkyvät.
                        - **Sääkierros**: jokainen kuvaa viikkoaan säätilana, esimerkiksi ”puolipilvistä”. Se on helppo tapa kertoa tunnelmasta ilman selityksiä.
                        - **Yksi ilo, yksi huoli**: syvempi kierros, jolle kannattaa varata enemmän aikaa.
                        - Kierrokseen osallistuminen on vapaaehtoista, ja vuoron saa aina ohittaa.
                        - Jos joku kertoo voivansa huonosti, esihenkilö kiittää kertomisesta eikä käsittele asiaa ryhmässä, vaan sopii soitosta samalle päivälle.
                        """,
                    Sv: """
                        I videon leder en chef tre olika incheckningsrundor i början av teamets veckomöte och berättar vad man kan lära sig av var och en. Till sist berättar hon hur hon gör när någon under rundan säger att hen mår dåligt.

                        **Textversion**

                        - **Skalrundan**: var och en anger sin energinivå på en skala från 1 till 5. Rundan går snabbt, och förändringar från vecka till vecka syns.
                        - **Väderrundan**: var och en beskriver sin vecka som ett väder, till exempel ”halvmulet”. Det är ett lätt sätt att berätta om stämningen utan förklaringar.
                        - **En glädje, en oro**: en djupare runda som det lönar sig att reservera mer tid för.
                        - Det är frivilligt att delta i rundan, och man får alltid stå över sin tur.
                        - Om någon säger att hen mår dåligt tackar chefen för att hen berättade, tar inte upp saken i gruppen och kommer i stället överens om att ringa samma dag.
                        """),
                Minutes: 4,
                VideoUrl: "https://video.example.fi/etajohtaminen/kuulumiskierros"),
            new CourseLesson(
                Key: new Guid("3a60bbfc-b8a0-42ea-a324-6b041565f44d"),
                Kind: LessonKind.Reflection,
                Title: new LocalizedText(
                    Fi: "Pohdi: Mitä muutoksia olet huomannut?",
                    Sv: "Reflektera: Vilka förändringar har du märkt?",
                    En: "Reflect: What changes have you noticed?"),
                Body: new LocalizedText(
                    Fi: """
                        Käy tiimisi viime kuukaudet läpi varhaisten merkkien listan avulla.

                        - Oletko huomannut jonkun kohdalla muutoksia työajoissa, vuorovaikutuksessa, viestien sävyssä tai työn sujumisessa? Kuinka kauan muutos on jatkunut?
                        - Onko jokin merkki yhteinen usealle? Mikä työn järjestelyissä voisi selittää sen?
                        - Mikä estää sinua ottamasta asiaa puheeksi – ja mikä auttaisi sinua tekemään sen tällä viikolla?

                        Älä kirjoita vastaukseesi nimiä tai terveystietoja, vaan kuvaa tilanne yleisellä tasolla. Vastauksesi näkyvät vain sinulle.
                        """,
                    Sv: """
                        Gå igenom de senaste månaderna i ditt team med hjälp av listan över tidiga tecken.

                        - Har du märkt förändringar hos någon i fråga om arbetstider, växelverkan, tonen i meddelandena eller hur arbetet löper? Hur länge har förändringen pågått?
                        - Är något av tecknen gemensamt för flera? Vad i hur arbetet är ordnat kunde förklara det?
                        - Vad hindrar dig från att ta upp saken – och vad skulle hjälpa dig att göra det den här veckan?

                        Skriv inga namn eller hälsouppgifter i ditt svar, utan beskriv situationen på ett allmänt plan. Bara du ser det du skriver.
                        """,
                    En: """
                        Go through the past few months in your team using the list of early signs.

                        - Have you noticed changes in someone's working hours, interaction, the tone of their messages or how their work is going? How long has the change lasted?
                        - Is one of the signs shared by several people? What in the way work is organised could explain it?
                        - What stops you from raising the matter – and what would help you do it this week?

                        Do not write names or health information in your answer; describe the situation in general terms. Only you can see what you write.
                        """),
                Minutes: 5),
        ]);

    private static CourseModule WellbeingEarlySupport() => new(
        Key: new Guid("0bc6e3e6-5b0b-49ae-a53e-29c256be2847"),
        Title: new LocalizedText(
            Fi: "Varhainen tuki",
            Sv: "Tidigt stöd",
            En: "Early support"),
        Lessons:
        [
            new CourseLesson(
                Key: new Guid("880d4498-0dfd-4183-96c4-38dfde6db274"),
                Kind: LessonKind.Text,
                Title: new LocalizedText(
                    Fi: "Työkalu: varhaisen tuen keskustelu etänä",
                    Sv: "Verktyg: samtal om tidigt stöd på distans",
                    En: "Tool: an early support conversation at a distance"),
                Body: new LocalizedText(
                    Fi: """
                        Varhaisen tuen keskustelun tarkoitus on **löytää yhdessä keinoja, joilla työ sujuu**, ennen kuin pienet huolet kasvavat suuriksi. Se ei ole kurinpidollinen keskustelu eikä terveydentilan arviointi. Useimmissa organisaatioissa on oma varhaisen tuen mallinsa, joten tarkista omasi ja noudata sitä.

                        ## Ennen keskustelua

                        - Kirjaa itsellesi konkreettiset havainnot: mitä olet huomannut ja mistä lähtien. Vältä tulkintoja.
                        - Varaa aika videoyhteydellä ja kerro etukäteen lyhyesti, mistä haluat puhua: *”Haluaisin jutella kanssasi siitä, miten työ on viime aikoina sujunut. Olen vähän huolissani ja haluan kuulla sinun näkemyksesi.”*
                        - Varmista, että teillä molemmilla on rauhallinen tila ja riittävästi aikaa. Älä aloita keskustelua chatissa tai ohimennen palaverin lopussa.

                        ## Keskustelun runko

                        1. **Avaa huolenpidosta käsin**: kerro, miksi haluat puhua, ja korosta, että tarkoitus on tukea.
                        2. **Kerro havaintosi** konkreettisesti ja syyllistämättä: *”Olen huomannut, että lähetät viestejä usein iltaisin ja että olet ollut palavereissa hiljaisempi kuin ennen.”*
                        3. **Kuuntele**: kysy, miltä tilanne näyttää työntekijän näkökulmasta. Anna tilaa hiljaisuudelle – etänä se tuntuu pidemmältä kuin onkaan.
                        4. **Etsikää ratkaisuja yhdessä**: mitä työssä voisi muuttaa? Esimerkiksi tehtävien tilapäinen uudelleenjako, työaikajärjestelyt, lisäperehdytys tai tiheämmät kahdenkeskiset keskustelut.
                        5. **Sopikaa seuraavista askelista**: kuka tekee mitä ja milloin. Ehdota tarvittaessa yhteydenottoa työterveyshuoltoon.
                        6. **Sovi seuranta**: seuraava keskustelu kahden–neljän viikon päähän.

                        ## Keskustelun jälkeen

                        - Kirjaa sovitut asiat organisaatiosi ohjeen mukaan ja lähetä työntekijälle lyhyt yhteenveto.
                        - Pidä kiinni sovitusta seurannasta. Keskustelu on alku eikä kertaluonteinen tapahtuma.
                        - Kunnioita luottamuksellisuutta: asiasta ei puhuta muille ilman työntekijän lupaa.
                        - Muista myös oma jaksamisesi. Tukea saat omalta esihenkilöltäsi, HR:stä ja työterveyshuollosta.
                        """,
                    Sv: """
                        Syftet med ett samtal om tidigt stöd är att **tillsammans hitta sätt som får arbetet att löpa** innan små bekymmer växer sig stora. Det är inte ett disciplinärt samtal och inte en bedömning av hälsotillståndet. De flesta organisationer har en egen modell för tidigt stöd, så kontrollera din och följ den.

                        ## Före samtalet

                        - Anteckna för dig själv konkreta iakttagelser: vad du har märkt och sedan när. Undvik tolkningar.
                        - Boka en tid via videolänk och berätta kort på förhand vad du vill tala om: *”Jag skulle vilja prata med dig om hur arbetet har gått på sistone. Jag är lite orolig och vill höra hur du själv ser på saken.”*
                        - Se till att ni båda har en lugn plats och tillräckligt med tid. Börja inte samtalet i chatten eller i förbigående i slutet av ett möte.

                        ## Samtalets struktur

                        1. **Börja med din omtanke**: berätta varför du vill tala och betona att syftet är att stödja.
                        2. **Berätta vad du har iakttagit**, konkret och utan att skuldbelägga: *”Jag har märkt att du ofta skickar meddelanden på kvällarna och att du har varit tystare på mötena än förut.”*
                        3. **Lyssna**: fråga hur situationen ser ut ur medarbetarens perspektiv. Ge utrymme för tystnad – på distans känns den längre än den är.
                        4. **Sök lösningar tillsammans**: vad kunde ändras i arbetet? Till exempel en tillfällig omfördelning av uppgifter, arrangemang kring arbetstiden, mer introduktion eller tätare enskilda samtal.
                        5. **Kom överens om nästa steg**: vem gör vad och när. Föreslå vid behov kontakt med företagshälsovården.
                        6. **Bestäm uppföljning**: nästa samtal om två till fyra veckor.

                        ## Efter samtalet

                        - Dokumentera det ni har kommit överens om enligt din organisations anvisning och skicka en kort sammanfattning till medarbetaren.
                        - Håll fast vid den uppföljning ni har avtalat. Samtalet är en början, inte en engångshändelse.
                        - Respektera att samtalet är förtroligt: saken diskuteras inte med andra utan medarbetarens samtycke.
                        - Kom också ihåg din egen ork. Stöd får du av din egen chef, av HR och av företagshälsovården.
                        """),
                Minutes: 7),
            new CourseLesson(
                Key: new Guid("7948da9a-1faf-4d68-83c0-ad20b35ced44"),
                Kind: LessonKind.Reflection,
                Title: new LocalizedText(
                    Fi: "Pohdi: Valmistaudu yhteen keskusteluun",
                    Sv: "Reflektera: Förbered ett samtal",
                    En: "Reflect: Prepare for one conversation"),
                Body: new LocalizedText(
                    Fi: """
                        Ajattele tilannetta, jossa varhaisen tuen keskustelu olisi tarpeen nyt tai lähiaikoina. Jos tiimissäsi ei juuri nyt ole huolta, kuvittele sellainen.

                        - Mitkä kaksi tai kolme konkreettista havaintoa huolesi perustuu?
                        - Millä lauseella avaisit keskustelun niin, että työntekijä kuulee huolenpidon eikä moitetta?
                        - Mitä tukikeinoja voit tarjota itse – ja mitä et voi luvata ilman omaa esihenkilöäsi tai HR:ää?
                        - Milloin pidät keskustelun?

                        Älä kirjoita vastaukseesi nimiä tai terveystietoja. Vastauksesi näkyvät vain sinulle.
                        """,
                    Sv: """
                        Tänk på en situation där ett samtal om tidigt stöd skulle behövas nu eller inom kort. Om det just nu inte finns någon oro i ditt team, föreställ dig en sådan situation.

                        - Vilka två eller tre konkreta iakttagelser grundar sig din oro på?
                        - Med vilken mening skulle du inleda samtalet så att medarbetaren hör omtanke och inte kritik?
                        - Vilket stöd kan du själv erbjuda – och vad kan du inte lova utan din egen chef eller HR?
                        - När håller du samtalet?

                        Skriv inga namn eller hälsouppgifter i ditt svar. Bara du ser det du skriver.
                        """,
                    En: """
                        Think of a situation where an early support conversation would be needed now or soon. If there is no such concern in your team right now, imagine one.

                        - Which two or three concrete observations is your concern based on?
                        - With what sentence would you open the conversation so that the employee hears care rather than criticism?
                        - What support can you offer yourself – and what can you not promise without your own manager or HR?
                        - When will you hold the conversation?

                        Do not write names or health information in your answer. Only you can see what you write.
                        """),
                Minutes: 5),
            new CourseLesson(
                Key: new Guid("b2954e0f-3bb1-4973-9cfd-2e40cf60df8d"),
                Kind: LessonKind.Text,
                Title: new LocalizedText(
                    Fi: "Lisälukemista: yhteistyö työterveyshuollon kanssa",
                    Sv: "Fördjupning: samarbete med företagshälsovården",
                    En: "Extra reading: working with occupational health"),
                Body: new LocalizedText(
                    Fi: """
                        Esihenkilö ei ole yksin työkyvyn tukemisessa. Työterveyshuolto, HR ja työsuojelu ovat kumppaneita, joiden kanssa yhteistyö kannattaa aloittaa jo ennen kuin tilanne on vaikea.

                        ## Kenen puoleen käännyt

                        - **Työterveyshuolto** arvioi terveydentilaa ja työkykyä, tukee työntekijää ja voi ehdottaa muutoksia työhön. Työterveysneuvottelussa työntekijä, esihenkilö ja työterveyshuolto sopivat yhdessä jatkosta.
                        - **HR** neuvoo työaikajärjestelyihin, tehtävämuutoksiin ja organisaation ohjeisiin liittyvissä kysymyksissä.
                        - **Työsuojelu** auttaa, kun kuormitus liittyy laajemmin työn järjestelyihin tai työoloihin, esimerkiksi koko tiimin työmäärään.

                        ## Hyviä käytäntöjä hybridityössä

                        - Tunne organisaatiosi varhaisen tuen malli ja sen mahdolliset puheeksioton rajat, kuten sairauspoissaolojen määrä.
                        - Sovi työterveyshuollon kanssa, miten työterveysneuvottelu järjestetään etäyhteydellä, jos osapuolet ovat eri paikkakunnilla.
                        - Kerro tiimille säännöllisesti, mitä tukea on tarjolla. Moni jättää avun hakematta, koska ei tiedä, mistä sitä saa.

                        Lisää aiheesta: [Työkyvyn tuki esihenkilötyössä](https://www.example.fi/tyohyvinvointi/varhainen-tuki)
                        """,
                    Sv: """
                        Som chef är du inte ensam om att stödja arbetsförmågan. Företagshälsovården, HR och arbetarskyddet är partner som det lönar sig att börja samarbeta med redan innan situationen blir svår.

                        ## Vem du vänder dig till

                        - **Företagshälsovården** bedömer hälsotillståndet och arbetsförmågan, stöder medarbetaren och kan föreslå ändringar i arbetet. Vid en arbetshälsoförhandling kommer medarbetaren, chefen och företagshälsovården tillsammans överens om fortsättningen.
                        - **HR** ger råd i frågor om arbetstidsarrangemang, ändrade arbetsuppgifter och organisationens anvisningar.
                        - **Arbetarskyddet** hjälper när belastningen hänger ihop med hur arbetet är ordnat eller med arbetsförhållandena i större skala, till exempel hela teamets arbetsmängd.

                        ## Goda rutiner i hybridarbete

                        - Känn till din organisations modell för tidigt stöd och de eventuella gränser då saken ska tas upp, till exempel antalet sjukfrånvarodagar.
                        - Kom överens med företagshälsovården om hur en arbetshälsoförhandling ordnas på distans när parterna finns på olika orter.
                        - Berätta regelbundet för teamet vilket stöd som finns. Många låter bli att söka hjälp eftersom de inte vet var den finns.

                        Läs mer: [Stöd för arbetsförmågan i chefsarbetet](https://www.example.fi/arbetsvalbefinnande/tidigt-stod)
                        """),
                Required: false,
                Minutes: 4),
            new CourseLesson(
                Key: new Guid("15279ba3-187f-4f80-8471-3806c53b88fc"),
                Kind: LessonKind.Quiz,
                Title: new LocalizedText(
                    Fi: "Tietovisa: hyvinvointia hybridityöhön",
                    Sv: "Quiz: välbefinnande i hybridarbete",
                    En: "Quiz: wellbeing in hybrid work"),
                Body: new LocalizedText(
                    Fi: "Tarkista neljällä kysymyksellä, mitä kurssista jäi mieleen.",
                    Sv: "Kontrollera med fyra frågor vad du minns från kursen.",
                    En: "Check with four questions what you remember from the course."),
                Minutes: 5,
                Quiz: new Quiz(
                    PassMarkPercent: 75,
                    Questions:
                    [
                        new QuizQuestion(
                            Key: new Guid("da5f8825-ac41-4d81-a529-84d0bda684cd"),
                            Prompt: new LocalizedText(
                                Fi: "Mitä kognitiivinen ergonomia tarkoittaa?",
                                Sv: "Vad avses med kognitiv ergonomi?",
                                En: "What does cognitive ergonomics mean?"),
                            MultipleAnswers: false,
                            Options:
                            [
                                new QuizOption(new Guid("66e382b2-5689-4ade-9196-f7d0f9fb9bd5"), new LocalizedText("Työpisteen ja näytön oikeaa asentoa", "Rätt inställning av arbetsplatsen och skärmen", "The right set-up of the workstation and screen"), Correct: false),
                                new QuizOption(new Guid("b98d63d0-10ee-4448-b643-b2b01a240e55"), new LocalizedText("Työn sujuvuutta tiedonkäsittelyn kannalta: keskeytyksiä, muistikuormaa ja tiedon löydettävyyttä", "Hur smidigt arbetet löper med tanke på informationsbehandling: avbrott, minnesbelastning och hur lätt information hittas", "How smoothly work flows in terms of information processing: interruptions, memory load and finding information"), Correct: true),
                                new QuizOption(new Guid("f94cff07-8f1b-4d3f-a865-e331708ba398"), new LocalizedText("Taukojumppaa etäpalaverien aikana", "Pausgymnastik under distansmöten", "Stretch breaks during remote meetings"), Correct: false),
                            ]),
                        new QuizQuestion(
                            Key: new Guid("2aa65e91-660d-4545-a396-266966778e65"),
                            Prompt: new LocalizedText(
                                Fi: "Mitkä voivat olla kuormittumisen varhaisia merkkejä etätyössä? Valitse kaikki sopivat.",
                                Sv: "Vilka kan vara tidiga tecken på överbelastning i distansarbete? Välj alla som passar.",
                                En: "Which can be early signs of strain in remote work? Choose all that apply."),
                            MultipleAnswers: true,
                            Options:
                            [
                                new QuizOption(new Guid("9b4e89e0-21ae-41b8-806e-c90b43a60f35"), new LocalizedText("Viestejä lähtee toistuvasti myöhään illalla, vaikka ennen ei", "Meddelanden skickas upprepade gånger sent på kvällen, fast det inte var så förut", "Messages are sent late in the evening again and again, which did not happen before"), Correct: true),
                                new QuizOption(new Guid("b45c260a-ba37-492f-ae92-4984b3dc289b"), new LocalizedText("Aiemmin aktiivinen työntekijä hiljenee palavereissa", "En tidigare aktiv medarbetare blir tyst på mötena", "A previously active employee goes quiet in meetings"), Correct: true),
                                new QuizOption(new Guid("d37aa202-d223-4fd8-9474-1f51012f536a"), new LocalizedText("Työntekijä pitää etukäteen sovitun vuosilomansa", "Medarbetaren tar ut sin semester som avtalats på förhand", "The employee takes their annual leave as agreed in advance"), Correct: false),
                                new QuizOption(new Guid("248a7660-5b20-48b5-b14b-754ac7663f48"), new LocalizedText("Viestien sävy muuttuu kyyniseksi", "Tonen i meddelandena blir cynisk", "The tone of messages turns cynical"), Correct: true),
                            ]),
                        new QuizQuestion(
                            Key: new Guid("f090a539-221a-4c04-815e-311409496afe"),
                            Prompt: new LocalizedText(
                                Fi: "Mikä on varhaisen tuen keskustelun tarkoitus?",
                                Sv: "Vad är syftet med ett samtal om tidigt stöd?",
                                En: "What is the purpose of an early support conversation?"),
                            MultipleAnswers: false,
                            Options:
                            [
                                new QuizOption(new Guid("7c52a724-f780-4962-8e56-0b86dc3f8207"), new LocalizedText("Selvittää työntekijän diagnoosi", "Att ta reda på medarbetarens diagnos", "To find out the employee's diagnosis"), Correct: false),
                                new QuizOption(new Guid("46f5018e-4831-447d-a8e5-6723b6c3c4c6"), new LocalizedText("Antaa työntekijälle varoitus", "Att ge medarbetaren en varning", "To give the employee a warning"), Correct: false),
                                new QuizOption(new Guid("295d6763-a722-48d1-b596-e353abd0de65"), new LocalizedText("Siirtää vastuu tilanteesta kokonaan työterveyshuollolle", "Att helt lämna över ansvaret för situationen till företagshälsovården", "To hand the situation over entirely to occupational health"), Correct: false),
                                new QuizOption(new Guid("c01c633d-8262-41ff-b8f3-5e512cd8d594"), new LocalizedText("Löytää yhdessä keinoja, joilla työ sujuu, ennen kuin huolet kasvavat", "Att tillsammans hitta sätt som får arbetet att löpa innan bekymren växer", "To find together ways to make work go well before concerns grow"), Correct: true),
                            ]),
                        new QuizQuestion(
                            Key: new Guid("821c0f4c-ce09-4334-af63-069477dd0d03"),
                            Prompt: new LocalizedText(
                                Fi: "Mitkä kuuluvat hyvin valmisteltuun varhaisen tuen keskusteluun etänä? Valitse kaikki sopivat.",
                                Sv: "Vad hör till ett väl förberett samtal om tidigt stöd på distans? Välj alla som passar.",
                                En: "What belongs to a well-prepared early support conversation at a distance? Choose all that apply."),
                            MultipleAnswers: true,
                            Options:
                            [
                                new QuizOption(new Guid("7896a79d-d280-4b38-8717-a3cfd58bb185"), new LocalizedText("Videoyhteys ja rauhallinen tila molemmille", "Videolänk och en lugn plats för båda", "A video connection and a quiet place for both"), Correct: true),
                                new QuizOption(new Guid("d7713330-cc4a-438f-bca1-7fc0660c5985"), new LocalizedText("Konkreettiset havainnot ilman tulkintoja", "Konkreta iakttagelser utan tolkningar", "Concrete observations without interpretations"), Correct: true),
                                new QuizOption(new Guid("c216aff3-8dd1-4c39-beeb-b5f8559a153b"), new LocalizedText("Asian ottaminen esille tiimin chatissa, jotta kaikki voivat tukea", "Att ta upp saken i teamets chatt så att alla kan stödja", "Raising the matter in the team chat so that everyone can help"), Correct: false),
                                new QuizOption(new Guid("ead0f89b-0e7e-4260-89bf-8f1a56ab49fe"), new LocalizedText("Sovittu seurantakeskustelu", "Ett överenskommet uppföljningssamtal", "An agreed follow-up conversation"), Correct: true),
                            ]),
                    ])),
        ]);
}
