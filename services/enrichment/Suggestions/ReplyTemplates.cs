using Platform.Enrichment.Analysis;

namespace Platform.Enrichment.Suggestions;

/// <summary>
/// The built-in engine's replies, by intent. Placeholders: {name} (the fan's first name or "babe"),
/// {thanks} (a thank-you for the last purchase, or nothing), {sorry} (a word about the long silence when the creator has not written for days).
/// </summary>
internal static class ReplyTemplates
{
    public const string Tip = "tip";
    public const string Default = "default";

    public static readonly IReadOnlyDictionary<string, string[]> ByIntent = new Dictionary<string, string[]>
    {
        [Intents.ChurnSignal] =
        [
            "{sorry}{name}, I'd hate to see you go 🥺 Tell me what would make it worth staying and I'll make it happen just for you.",
            "{sorry}Wait {name}, don't leave yet! What have you been missing lately? I've got something special planned and I want you here for it.",
        ],
        [Intents.Complaint] =
        [
            "{sorry}{name}, I'm really sorry about that. Tell me exactly what went wrong and I'll fix it for you right away.",
            "{sorry}Oh no {name}, that's not the experience I want for you. Let me sort it out, what happened?",
        ],
        [Intents.PriceObjection] =
        [
            "{sorry}I hear you {name} 💕 {thanks}Let me see what I can do for you, I want you to enjoy it without worrying.",
            "{sorry}Totally fair {name}. {thanks}I'll put together something that fits better, just for you 😘",
        ],
        [Intents.PurchaseInterest] =
        [
            "{sorry}Mmm I love that you want it {name} 😏 {thanks}I'm sending it your way now, let me know what you think!",
            "{sorry}You have great taste {name} 🔥 {thanks}It's all ready for you, unlock it and tell me your favourite part.",
        ],
        [Intents.ContentRequest] =
        [
            "{sorry}For you {name}? Always 😘 {thanks}I'm working on something new, what would you love to see most?",
            "{sorry}I love when you ask {name} 💕 {thanks}Tell me exactly what you have in mind and I'll make it happen.",
        ],
        [Intents.Scheduling] =
        [
            "{sorry}I'll be around later tonight {name} 😘 I'll message you as soon as I'm on!",
            "{sorry}Can't wait {name}! I'll let you know the moment I'm online 💕",
        ],
        [Intents.Question] =
        [
            "{sorry}Good question {name} 😊 {thanks}I'll tell you everything, but first tell me how your day is going?",
            "{sorry}Haha you're curious today {name} 😏 Ask me anything, I love chatting with you.",
        ],
        [Intents.Greeting] =
        [
            "{sorry}Hey {name}! 😘 {thanks}So happy to hear from you, how's your day going?",
            "{sorry}Hi {name} 💕 {thanks}You always make me smile, what are you up to?",
        ],
        [Tip] =
        [
            "{sorry}Thank you so much for the tip {name}! 🥰 You're the sweetest, I really appreciate you.",
            "{sorry}{name}, you spoil me 😍 Thank you for the tip, it made my day!",
        ],
        [Default] =
        [
            "{sorry}Hey {name} 😘 {thanks}I love hearing from you, tell me more!",
            "{sorry}You always know how to make me smile {name} 💕 {thanks}What's on your mind?",
        ],
    };
}
