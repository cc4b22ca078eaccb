using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Grains.Courses;

namespace Soteliiderit.Academy.Tests.Courses;

/// <summary>A small course with every lesson kind, built fresh for each test.</summary>
public sealed class SampleCourse
{
    private readonly Guid _quizKey = Guid.NewGuid();
    private readonly Guid[] _moduleKeys = [Guid.NewGuid(), Guid.NewGuid()];

    public Guid Id { get; } = Guid.NewGuid();

    public CourseLesson Text { get; } = new(Guid.NewGuid(), LessonKind.Text, new("Luottamus etätiimissä"), new("Luottamus syntyy teoista."));

    public CourseLesson Video { get; } = new(
        Guid.NewGuid(), LessonKind.Video, new("Video: viikkopalaveri"), new("Katso video."), VideoUrl: "https://video.example.fi/viikkopalaveri");

    public CourseLesson Reflection { get; } = new(
        Guid.NewGuid(), LessonKind.Reflection, new("Pohdi"), new("Miten tiimisi tietää, mitä sinulta voi odottaa?"));

    public QuizQuestion SingleChoice { get; } = new(Guid.NewGuid(), new("Mikä rakentaa luottamusta?"), false,
    [
        new(Guid.NewGuid(), new("Sovituista asioista kiinni pitäminen"), true),
        new(Guid.NewGuid(), new("Jatkuva valvonta"), false),
    ]);

    public QuizQuestion MultipleChoice { get; } = new(Guid.NewGuid(), new("Mitkä sopivat etäpalaveriin?"), true,
    [
        new(Guid.NewGuid(), new("Selkeä asialista"), true),
        new(Guid.NewGuid(), new("Kuulumiskierros"), true),
        new(Guid.NewGuid(), new("Kamerat aina pakolliset"), false),
    ]);

    public CourseLesson QuizLesson => new(_quizKey, LessonKind.Quiz, new("Tietovisa"), LocalizedText.Empty,
        Quiz: new Quiz(100, [SingleChoice, MultipleChoice]));

    public CourseLesson Optional { get; } = new(Guid.NewGuid(), LessonKind.Text, new("Lisälukemista"), new("Vapaaehtoinen."), Required: false);

    public CourseContent Content => new(
        new LocalizedText("Etäjohtamisen perusteet", "Grunderna i distansledning"),
        new LocalizedText("Lyhyt kurssi."),
        CourseThemes.RemoteLeadership,
        [
            new CourseModule(_moduleKeys[0], new("Luottamus"), [Text, Video, Optional]),
            new CourseModule(_moduleKeys[1], new("Harjoitus"), [Reflection, QuizLesson]),
        ]);

    public IReadOnlyList<QuizAnswer> RightAnswers =>
    [
        new(SingleChoice.Key, [SingleChoice.Options[0].Key]),
        new(MultipleChoice.Key, [MultipleChoice.Options[0].Key, MultipleChoice.Options[1].Key]),
    ];

    public IReadOnlyList<QuizAnswer> HalfRightAnswers =>
    [
        new(SingleChoice.Key, [SingleChoice.Options[0].Key]),
        new(MultipleChoice.Key, [MultipleChoice.Options[0].Key]),
    ];

    public async Task<PublishedCourse> PublishAsync(GrainTestHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var draft = await host.Course(Id).Create(Content, Guid.NewGuid());
        return await host.Course(Id).Publish(draft.Revision, Guid.NewGuid());
    }
}
