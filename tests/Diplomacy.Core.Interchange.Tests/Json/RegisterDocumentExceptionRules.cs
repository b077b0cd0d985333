using Diplomacy.Core.Interchange.Json;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>The exception names the core's rule whenever a rule of the core is what it wraps, however it was built.</summary>
public sealed class RegisterDocumentExceptionRules
{
    [Fact]
    public void The_rule_is_the_one_of_the_core_exception_inside()
    {
        var broken = new DomainRuleException(DomainRule.ResumeOnlyASuspendedAgreement, "GG-TJ", "not suspended");

        var refusal = new RegisterDocumentException("refused", broken);

        refusal.Rule.Should().Be(DomainRule.ResumeOnlyASuspendedAgreement);
        refusal.InnerException.Should().BeSameAs(broken);
    }

    [Fact]
    public void A_refusal_of_form_names_no_rule_and_no_place_unless_given()
    {
        var plain = new RegisterDocumentException();
        var worded = new RegisterDocumentException("cut short");
        var wrapped = new RegisterDocumentException("malformed", new FormatException("bad"));

        plain.Message.Should().NotBeNullOrWhiteSpace();
        worded.Message.Should().Be("cut short");
        new[] { plain, worded, wrapped }.Should().AllSatisfy(refusal =>
        {
            refusal.Rule.Should().BeNull();
            refusal.Path.Should().BeNull();
            refusal.Line.Should().BeNull();
            refusal.BytePositionInLine.Should().BeNull();
        });
    }
}
