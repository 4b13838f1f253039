using GesprekBot.Bot.Review;

namespace GesprekBot.Bot.Tests.Review;

public class ReviewCommandsTests
{
    [Fact]
    public void The_host_sees_configuration_switches_but_not_the_commands_own_options()
    {
        string[] args = ["add-caseworker", "--email", "an@caw.be", "--name", "An", "--organisation", "CAW Oost", "--admin", "--Storage:DataDirectory=/tmp/x"];

        Assert.Equal(["--Storage:DataDirectory=/tmp/x"], ReviewCommands.HostArguments(args));
    }

    [Fact]
    public void A_flag_before_a_configuration_switch_does_not_swallow_it()
    {
        string[] args = ["add-caseworker", "--admin", "--Storage:DataDirectory", "/tmp/x", "--email", "an@caw.be"];

        Assert.Equal(["--Storage:DataDirectory", "/tmp/x"], ReviewCommands.HostArguments(args));
    }

    [Fact]
    public void Arguments_of_a_normal_start_are_left_alone()
    {
        string[] args = ["--urls", "http://127.0.0.1:5000", "--admin"];

        Assert.Same(args, ReviewCommands.HostArguments(args));
    }
}
