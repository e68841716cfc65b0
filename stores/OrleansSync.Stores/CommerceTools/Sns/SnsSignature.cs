using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace OrleansSync.Stores.CommerceTools.Sns;

/// <summary>
/// Amazon SNS message signatures: RSA (PKCS#1 v1.5) over the canonical string of the message's fields — SHA1 for
/// <c>SignatureVersion</c> 1, SHA256 for 2 — with the certificate at <c>SigningCertURL</c>.
/// </summary>
public static class SnsSignature
{
    /// <summary>
    /// Each field as a name line and a value line, in byte order of the names: Message, MessageId, Subject (only when
    /// present), Timestamp, TopicArn, Type for notifications; Message, MessageId, SubscribeURL, Timestamp, Token, TopicArn,
    /// Type for (un)subscribe confirmations. Null when a field the type needs is missing.
    /// </summary>
    public static string? CanonicalString(SnsMessage message)
    {
        (string Name, string? Value, bool Required)[] fields = message.Type == SnsMessage.Notification
            ?
            [
                ("Message", message.Message, true), ("MessageId", message.MessageId, true), ("Subject", message.Subject, false),
                ("Timestamp", message.Timestamp, true), ("TopicArn", message.TopicArn, true), ("Type", message.Type, true),
            ]
            :
            [
                ("Message", message.Message, true), ("MessageId", message.MessageId, true), ("SubscribeURL", message.SubscribeUrl, true),
                ("Timestamp", message.Timestamp, true), ("Token", message.Token, true), ("TopicArn", message.TopicArn, true),
                ("Type", message.Type, true),
            ];
        var text = new StringBuilder();
        foreach (var (name, value, required) in fields)
        {
            if (value is null)
            {
                if (required)
                {
                    return null;
                }

                continue;
            }

            text.Append(name).Append('\n').Append(value).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The hash a <c>SignatureVersion</c> names; null for a version we do not know.</summary>
    public static HashAlgorithmName? HashOf(string? signatureVersion) => signatureVersion switch
    {
        "1" => HashAlgorithmName.SHA1,
        "2" => HashAlgorithmName.SHA256,
        _ => null,
    };

    public static bool Verifies(SnsMessage message, X509Certificate2 certificate)
    {
        if (HashOf(message.SignatureVersion) is not { } hash || CanonicalString(message) is not { } canonical || message.Signature is null)
        {
            return false;
        }

        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(message.Signature);
        }
        catch (FormatException)
        {
            return false;
        }

        using var rsa = certificate.GetRSAPublicKey();
        return rsa is not null && rsa.VerifyData(Encoding.UTF8.GetBytes(canonical), signature, hash, RSASignaturePadding.Pkcs1);
    }
}
