using System.Text;

namespace Platform.Bench.Clients;

/// <summary>The relayed message: <c>{"s":SEQ,"p":"..."}</c> padded to 512 bytes, like a captured event.</summary>
public static class RelayPayload
{
    public const int Size = 512;

    public static ReadOnlySpan<byte> SeqKey => "\"s\":"u8;

    public static string Padding { get; } = new('x', Size - 40);

    public static byte[] Build(long seq) => Encoding.UTF8.GetBytes(Json(seq));

    public static string Json(long seq) => $"{{\"s\":{seq},\"p\":\"{Padding}\"}}";
}
