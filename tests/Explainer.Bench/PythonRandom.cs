using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Explainer.Bench;

/// <summary>
/// CPython's random.Random (Mersenne Twister MT19937, version-2 string seeding) reproduced exactly,
/// so the corpus generator writes byte for byte what the shared gen_corpus.py writes: the same pages
/// Hugo and Eleventy were measured on. Only the methods the generator uses are here.
/// </summary>
public sealed class PythonRandom
{
    private const int N = 624;
    private const int M = 397;
    private readonly uint[] _state = new uint[N];
    private int _index = N + 1;

    /// <summary>random.Random(text): the seed is the text's UTF-8 bytes followed by their SHA-512.</summary>
    public PythonRandom(string seed)
    {
        var bytes = Encoding.UTF8.GetBytes(seed);
        var value = new BigInteger([.. bytes, .. SHA512.HashData(bytes)], isUnsigned: true, isBigEndian: true);
        InitByArray(ToWords(value));
    }

    /// <summary>random.Random(int) for non-negative integers.</summary>
    public PythonRandom(long seed) => InitByArray(ToWords(new BigInteger(seed)));

    public int RandBelow(int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n));
        var bits = 32 - BitOperations.LeadingZeroCount((uint)n);
        uint r;
        do r = GetRandBits(bits); while (r >= (uint)n);
        return (int)r;
    }

    /// <summary>randint(a, b): a &lt;= result &lt;= b.</summary>
    public int RandInt(int a, int b) => a + RandBelow(b - a + 1);

    public T Choice<T>(IReadOnlyList<T> items) => items[RandBelow(items.Count)];

    /// <summary>sample(population, k), with CPython's choice between its pool and set algorithms.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> population, int k)
    {
        var n = population.Count;
        if (k < 0 || k > n) throw new ArgumentOutOfRangeException(nameof(k));
        var result = new List<T>(k);
        var setSize = 21;
        if (k > 5) setSize += (int)Math.Pow(4, Math.Ceiling(Math.Log(k * 3, 4)));
        if (n <= setSize)
        {
            var pool = population.ToList();
            for (var i = 0; i < k; i++)
            {
                var j = RandBelow(n - i);
                result.Add(pool[j]);
                pool[j] = pool[n - i - 1];
            }
            return result;
        }
        var selected = new HashSet<int>();
        for (var i = 0; i < k; i++)
        {
            var j = RandBelow(n);
            while (!selected.Add(j)) j = RandBelow(n);
            result.Add(population[j]);
        }
        return result;
    }

    private uint GetRandBits(int k) => k == 0 ? 0 : NextUInt32() >> (32 - k);

    private uint NextUInt32()
    {
        if (_index >= N) Twist();
        var y = _state[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    private void Twist()
    {
        for (var i = 0; i < N; i++)
        {
            var y = (_state[i] & 0x80000000u) | (_state[(i + 1) % N] & 0x7fffffffu);
            _state[i] = _state[(i + M) % N] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908b0dfu : 0u);
        }
        _index = 0;
    }

    private void InitGenrand(uint seed)
    {
        _state[0] = seed;
        for (var i = 1; i < N; i++) _state[i] = 1812433253u * (_state[i - 1] ^ (_state[i - 1] >> 30)) + (uint)i;
        _index = N;
    }

    private void InitByArray(uint[] key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        for (var k = Math.Max(N, key.Length); k > 0; k--)
        {
            _state[i] = (_state[i] ^ ((_state[i - 1] ^ (_state[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N) { _state[0] = _state[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (var k = N - 1; k > 0; k--)
        {
            _state[i] = (_state[i] ^ ((_state[i - 1] ^ (_state[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N) { _state[0] = _state[N - 1]; i = 1; }
        }
        _state[0] = 0x80000000u;
        _index = N;
    }

    // The seed's absolute value as 32-bit words, least significant first (at least one word).
    private static uint[] ToWords(BigInteger value)
    {
        value = BigInteger.Abs(value);
        var words = new List<uint>();
        do
        {
            words.Add((uint)(value & uint.MaxValue));
            value >>= 32;
        }
        while (value > 0);
        return [.. words];
    }
}
