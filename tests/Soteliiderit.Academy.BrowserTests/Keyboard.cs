using Microsoft.Playwright;

namespace Soteliiderit.Academy.BrowserTests;

/// <summary>Moving through a page the way a keyboard user does: Tab until the wanted element has focus.</summary>
public static class Keyboard
{
    private const int MaxTabs = 120;

    /// <summary>Presses Tab until the element has focus; fails when it cannot be reached by Tab.</summary>
    public static async Task TabToAsync(this IPage page, ILocator target)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(target);
        await target.WaitForAsync();
        for (var presses = 0; presses < MaxTabs; presses++)
        {
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new InvalidOperationException($"{target} could not be reached with {MaxTabs} presses of Tab on {page.Url}.");
    }

    /// <summary>Tabs to the element and presses Enter, then waits for the page it leads to.</summary>
    public static async Task ActivateAsync(this IPage page, ILocator target)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.TabToAsync(target);
        await page.PressAndWaitForPageAsync("Enter");
    }

    /// <summary>Presses a key that submits a form or follows a link, and waits until the next page has loaded.</summary>
    public static async Task PressAndWaitForPageAsync(this IPage page, string key)
    {
        ArgumentNullException.ThrowIfNull(page);
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage loadedPage) => loaded.TrySetResult();
        page.Load += OnLoad;
        try
        {
            await page.Keyboard.PressAsync(key);
            await loaded.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
        finally
        {
            page.Load -= OnLoad;
        }
    }

    /// <summary>Types into a field reached by Tab.</summary>
    public static async Task TypeIntoAsync(this IPage page, ILocator field, string text)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.TabToAsync(field);
        await page.Keyboard.TypeAsync(text);
    }
}
