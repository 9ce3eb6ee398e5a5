using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;

namespace Site.Theme;

/// <summary>
/// Creates the theme's components with their parameterless constructors. The default activator first builds a factory
/// for each component type through dependency injection's <c>ActivatorUtilities</c>, which on a small site costs more
/// start-up time than rendering its pages; no component of the theme takes constructor arguments.
/// </summary>
internal sealed class ComponentActivator : IComponentActivator
{
    /// <inheritdoc/>
    public IComponent CreateInstance([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] Type componentType) =>
        Activator.CreateInstance(componentType) as IComponent
        ?? throw new InvalidOperationException($"Bug: {componentType.Name} is not a component.");
}
