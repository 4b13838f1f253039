using GesprekBot.Dialogs.Engine.Turns;

namespace GesprekBot.Dialogs.Engine;

public sealed partial class DialogContext
{
    /// <summary>An interceptor passes on a message it held back: the dialogs read this text instead.</summary>
    internal void ReplaceText(string text) => Turn = Turn with { Text = text };

    /// <summary>Removes the questions (replies that expect input) sent after the first <paramref name="count"/> replies.</summary>
    internal void HoldBackQuestionsAfter(int count)
    {
        for (var i = replies.Count - 1; i >= count; i--)
        {
            if (replies[i].InputHint == ReplyInputHint.ExpectingInput)
            {
                replies.RemoveAt(i);
            }
        }
    }
}
