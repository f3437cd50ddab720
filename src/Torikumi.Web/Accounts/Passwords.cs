using System.Security.Cryptography;

namespace Torikumi.Web.Accounts;

/// <summary>Initial passwords: 20 characters without look-alikes (no 0/O, 1/l/I), about 115 bits, easy to type once.</summary>
public static class Passwords
{
    const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Generate() =>
        string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 5)));
}
